/** One page load, then click → panel and filter → repaint probes on it. */
import {
  CATEGORIES,
  byService,
  category,
  heapUsed,
  networkQuiet,
  watchErrors,
} from './bench-util.mjs';
/* global window -- inside page.evaluate callbacks */
import { chromium } from 'playwright-core';
import { CLICKS, FLAGS, TOGGLES, VIEWPORT, executablePath } from './bench-config.mjs';
import {
  armClickProbe,
  armFilterProbe,
  coalitionLabelPoints,
  frameCost as measureFrameCost,
  instrumentNavigation,
  settleMap,
} from './bench-page.mjs';
import { instrumentFirstSight, shiftWithin } from './bench-first-sight.mjs';

// ---------------------------------------------------------------------------------- one load
export async function measureLoad(kind, server, errors, label = kind) {
  const browser = await chromium.launch({ executablePath, args: FLAGS });
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(instrumentNavigation);
  await context.addInitScript(instrumentFirstSight);
  const page = await context.newPage();
  watchErrors(page, errors, label);
  const first = server.log.length;
  await page.goto(server.url);
  await page.waitForFunction(
    (app) =>
      window.__bench.mapIdleAt !== null &&
      window.__sight.colouredAt !== null &&
      (!app || window.__bench.shellAt !== null),
    kind === 'app',
    { timeout: 90_000, polling: 50 },
  );
  const marks = await page.evaluate(() => ({ ...window.__bench, origin: performance.timeOrigin }));
  if (kind === 'app')
    await page.evaluate(() =>
      Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 20_000))]),
    );
  await networkQuiet(server.log);
  // The layout shift of the first 6 s (issue 14), read once they are over.
  await page.waitForFunction(() => performance.now() > 6000, null, { polling: 250 });
  const sight = await page.evaluate(() => window.__sight);
  const requests = server.log.slice(first);
  const idleAt = marks.origin + marks.mapIdleAt;
  const sum = (rs) => {
    const bytes = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
    for (const r of rs) bytes[category(r.path)] += r.wire;
    bytes.total = CATEGORIES.reduce((a, c) => a + bytes[c], 0);
    return bytes;
  };
  const pageReqs = requests.filter((r) => !byService(r));
  const swReqs = requests.filter(byService);
  const result = {
    marks: { ...marks, colouredAt: sight.colouredAt },
    colouredBy: sight.by,
    cls6s: shiftWithin(sight.shifts, 6000),
    bytes: sum(pageReqs.filter((r) => r.at <= idleAt)),
    afterIdle: pageReqs.filter((r) => r.at > idleAt).map((r) => `${r.path} ${r.status}`),
    serviceWorker: {
      ...sum(swReqs),
      requests: swReqs.length,
      full: swReqs.filter((r) => r.status === 200).length,
    },
    requests: pageReqs.filter((r) => r.at <= idleAt).map((r) => ({ path: r.path, wire: r.wire })),
  };
  const cdp = await context.newCDPSession(page);
  result.heapAtIdle = await heapUsed(cdp);
  result.frameCost = await page.evaluate(measureFrameCost, 5);
  return { browser, context, page, cdp, result };
}

// ---------------------------------------------------------------------------------- interactions
export async function measureClicks(page) {
  await page.evaluate(settleMap);
  const candidates = await page.evaluate(coalitionLabelPoints);
  const samples = [];
  const dom = [];
  const fromClick = [];
  const countries = new Set();
  let misses = 0;
  for (let i = 0; samples.length < CLICKS && misses < candidates.length * 3; i++) {
    const c = candidates[i % candidates.length];
    const at = await page.evaluate(armClickProbe, c);
    if (!at) {
      misses++;
      continue;
    }
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => window.__clk.t1 !== null, null, {
      timeout: 10_000,
      polling: 20,
    });
    const s = await page.evaluate(() => window.__clk);
    const selected = new URL(page.url()).searchParams.get('country');
    if (selected !== c.iso3) throw new Error(`clicked ${c.iso3}, the URL says ${selected}`);
    samples.push(s.t1 - s.t0);
    dom.push(s.dom - s.t0);
    fromClick.push(s.t1 - s.click);
    countries.add(c.iso3);
    await page.evaluate(settleMap);
  }
  return { samples, dom, fromClick, countries: countries.size, candidates: candidates.length };
}

export async function measureFilters(page) {
  const toggles = page.locator('.legend button[aria-pressed]');
  const n = await toggles.count();
  if (n === 0) throw new Error('no legend toggles found (.legend button[aria-pressed])');
  await toggles.first().hover();
  await page.evaluate(settleMap);
  const render = [];
  const idle = [];
  for (let k = 0; k < TOGGLES; k++) {
    const index = Math.floor(k / 2) % n;
    await page.evaluate(armFilterProbe, index);
    await toggles.nth(index).click();
    await page.waitForFunction(() => window.__flt.idle !== null, null, {
      timeout: 10_000,
      polling: 20,
    });
    const s = await page.evaluate(() => window.__flt);
    if (s.after === s.before) throw new Error(`legend toggle ${index} did not change`);
    render.push(s.render - s.t0);
    idle.push(s.idle - s.t0);
  }
  return { render, idle };
}
