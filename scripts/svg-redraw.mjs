#!/usr/bin/env node
/**
 * Measures the SVG map's full redraw (issue 14: < 16 ms of main thread at the default view) in
 * Chromium without WebGL, against running builds (`npx vite preview`). Reports, not asserts.
 * Several URLs (say, two builds) are measured in turns in one browser, so that the load of a
 * shared machine weighs on each alike.
 *
 *   node scripts/svg-redraw.mjs [--runs=50] [--size=1280x800] URL [URL…]
 *
 * Two numbers per redraw (every path's data, fills, outlines, names, via the adapter's test hook):
 *   - sync: the redraw's script plus the style and layout it forces (getBBox), as
 *     tests/browser/no-webgl.test.ts reports it (wall clock);
 *   - main thread: Chromium's own TaskDuration in thread time (CDP Performance.getMetrics) from
 *     before the redraw until two frames later, so the paint it causes there is counted too.
 */
/* global document, requestAnimationFrame -- page.evaluate bodies run in the page */
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const option = (name, fallback) =>
  args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const runs = +option('runs', '50');
const [width, height] = option('size', '1280x800').split('x').map(Number);
const urls = args.filter((a) => !a.startsWith('--'));
if (!urls.length) urls.push('http://localhost:4173/#map=3.2/51/18');

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-software-rasterizer', '--no-first-run'],
});
const pages = [];
for (const url of urls) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('path[data-iso3]').length > 0);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  pages.push({ url, page, cdp, sync: [], main: [] });
}
await new Promise((r) => setTimeout(r, 2000)); // the idle warm-up of the neighbouring bands

const taskSeconds = async (cdp) =>
  (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
const redraw = async () => {
  const c = document.querySelector('[data-testid=map-canvas]');
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  await frame();
  const t0 = performance.now();
  c.__svgMap.redraw();
  c.querySelector('svg').getBBox();
  const t = performance.now() - t0;
  await frame();
  await frame();
  return t;
};
for (let i = 0; i < runs; i++)
  for (const p of pages) {
    await p.page.bringToFront();
    const before = await taskSeconds(p.cdp);
    p.sync.push(await p.page.evaluate(redraw));
    p.main.push(((await taskSeconds(p.cdp)) - before) * 1000);
  }

const q = (xs, f) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * f) - 1];
const fmt = (xs) => `p50 ${q(xs, 0.5).toFixed(1)} ms, p95 ${q(xs, 0.95).toFixed(1)} ms`;
for (const p of pages) {
  const points = await p.page.evaluate(() =>
    [...document.querySelectorAll('path[data-iso3]')]
      .map((e) => (e.getAttribute('d') ?? '').match(/[ML]/g)?.length ?? 0)
      .reduce((a, b) => a + b, 0),
  );
  console.log(`${p.url} at ${width}×${height}, ${runs} redraws, ${points} path points drawn`);
  console.log(`  sync (script + style + layout): ${fmt(p.sync)}`);
  console.log(`  main thread until two frames later: ${fmt(p.main)}`);
}
await browser.close();
