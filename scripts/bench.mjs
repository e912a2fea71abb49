#!/usr/bin/env node
/**
 * `npm run bench`: the app against a bare MapLibre page (bench/bare/) that draws the same
 * boundaries with one fill layer, side by side in the same run, in headless Debian Chromium.
 *
 *   node scripts/bench.mjs [--runs 5] [--clicks 30] [--toggles 30] [--soak 1000]
 *                          [--warmup 100] [--seed 1] [--no-build] [--no-write]
 *
 * Builds both into bench/results/ (git-ignored), serves each from its own origin, and for every
 * run launches a fresh browser (empty cache, no service worker) for each page, alternating
 * which goes first. Prints a table with PASS/FAIL per target and writes bench/RESULTS.md
 * (the analysis section between the markers there is kept) and bench/results/latest.json.
 * Timings are only ever judged here, never in the test suite.
 */
/* global window, document, HTMLCanvasElement -- inside page.evaluate callbacks */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from './bench-server.mjs';
import {
  armClickProbe,
  armFilterProbe,
  centreOf,
  SELECTORS,
  coalitionLabelPoints,
  frameCost as measureFrameCost,
  instrumentNavigation,
  mapReady,
  settleMap,
} from './bench-page.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outRoot = join(root, 'bench/results');
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const RUNS = opt('runs', 5);
const CLICKS = opt('clicks', 30);
const TOGGLES = opt('toggles', 30);
const SOAK = opt('soak', 1000);
const WARMUP = opt('warmup', 100);
const SEED = opt('seed', 1);
const VIEWPORT = { width: 1280, height: 800 };
// As tests/browser/chromium.ts: quiet on a closed network, software WebGL 2 (SwiftShader).
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];
const executablePath = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].find((p) => p && existsSync(p));
if (!executablePath) {
  console.error('Chromium not found: apt-get install chromium, or set CHROME_PATH');
  process.exit(1);
}

// ---------------------------------------------------------------------------------- build
const vite = join(root, 'node_modules/.bin/vite');
const build = (args) => {
  const r = spawnSync(vite, ['build', '--logLevel', 'error', '--emptyOutDir', ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const appDir = join(outRoot, 'app');
const bareDir = join(outRoot, 'bare');
if (!argv.includes('--no-build')) {
  console.log('building the app and the bare page …');
  build(['--outDir', appDir]);
  build(['--config', join(root, 'bench/bare/vite.config.ts'), '--outDir', bareDir]);
}

// ---------------------------------------------------------------------------------- helpers
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
};
const median = (xs) => quantile(xs, 0.5);
const stats = (xs) => ({
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs),
  n: xs.length,
});
const mulberry32 = (seed) => () => {
  let t = (seed += 0x6d2b79f5);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const KB = (b) => `${(b / 1024).toFixed(1)} KB`;
const MS = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '—');
const MB = (b) => `${(b / 1024 / 1024).toFixed(2)} MB`;

const category = (path) => {
  if (/\.mjs$/.test(path)) return 'worker';
  if (/\.js$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (/\.(json|geojson)$/.test(path)) return 'data';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
  return 'other';
};
const CATEGORIES = ['js', 'worker', 'css', 'data', 'fonts', 'other'];
const byService = (r) =>
  r.sw || /\/(sw|workbox-[^/]*)\.js$/.test(r.path) || /\/(sw|workbox-[^/]*)\.js$/.test(r.referer);

/** Waits until the server has seen no request for `quietMs` (at most `maxMs`). */
async function networkQuiet(log, quietMs = 1000, maxMs = 20_000) {
  const start = Date.now();
  let seen = log.length;
  let since = Date.now();
  while (Date.now() - start < maxMs) {
    await sleep(100);
    if (log.length !== seen) {
      seen = log.length;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}

async function heapUsed(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Heap snapshot, summed by kind: V8's compiled code (bytecode and machine code, made on first
 * use and as functions get hot) against everything else, to tell warm-up from a leak.
 */
async function heapByKind(cdp) {
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const [type, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const out = { code: 0, other: 0 };
  for (let i = 0; i < nodes.length; i += fields.length)
    out[types[nodes[i + type]] === 'code' ? 'code' : 'other'] += nodes[i + size];
  return out;
}

function watchErrors(page, errors, label) {
  page.on('console', (m) => m.type() === 'error' && errors.push(`${label}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${label}: ${e.message}`));
}

// ---------------------------------------------------------------------------------- one load
async function measureLoad(kind, server, errors, label = kind) {
  const browser = await chromium.launch({ executablePath, args: FLAGS });
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(instrumentNavigation);
  const page = await context.newPage();
  watchErrors(page, errors, label);
  const first = server.log.length;
  await page.goto(server.url);
  await page.waitForFunction(
    (app) => window.__bench.mapIdleAt !== null && (!app || window.__bench.shellAt !== null),
    kind === 'app',
    { timeout: 90_000, polling: 50 },
  );
  const marks = await page.evaluate(() => ({ ...window.__bench, origin: performance.timeOrigin }));
  if (kind === 'app')
    await page.evaluate(() =>
      Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 20_000))]),
    );
  await networkQuiet(server.log);
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
    marks,
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
async function measureClicks(page) {
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

async function measureFilters(page) {
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

async function soak(server, errors) {
  const { browser, page, cdp } = await measureLoad('app', server, errors, 'app (soak)');
  await page.evaluate(settleMap);
  const before = await heapUsed(cdp);
  const kindsBefore = await heapByKind(cdp);
  const rnd = mulberry32(SEED);
  const pick = (n) => Math.floor(rnd() * n);
  const search = page.getByRole('searchbox');
  const inLesson = () =>
    page.evaluate(() => new URLSearchParams(globalThis.location.search).has('lesson'));
  const waitMap = () => page.waitForFunction(mapReady, null, { timeout: 30_000, polling: 50 });
  // Real mouse input at each element's centre (no Playwright actionability waits, which cost
  // two animation frames each — slow when every frame is a software-rendered map).
  const clickAt = async (selector, index) => {
    const at = await page.evaluate(centreOf, [selector, index]);
    if (!at) return false;
    await page.mouse.click(at.x, at.y);
  };
  const ACTIONS = [
    ['list', 0.2, () => clickAt(SELECTORS.listButtons, pick(1000))],
    [
      'map',
      0.2,
      async () => {
        const box = await page.locator('[data-testid=map-canvas]').boundingBox();
        const x = box.x + 10 + rnd() * (box.width - 80);
        const y = box.y + 10 + rnd() * (box.height - 20);
        const onCanvas = await page.evaluate(
          ([x, y]) => document.elementFromPoint(x, y) instanceof HTMLCanvasElement,
          [x, y],
        );
        if (!onCanvas) return false;
        await page.mouse.click(x, y);
      },
    ],
    [
      'filter',
      0.2,
      async () => {
        const showAll = page.getByRole('button', { name: 'Show all' });
        if (rnd() < 0.2 && (await showAll.isEnabled())) await showAll.click();
        else return clickAt(SELECTORS.legendToggles, pick(1000));
      },
    ],
    [
      'search',
      0.15,
      async () => {
        const value = await search.inputValue();
        if (value.length >= 3 || rnd() < 0.15) await search.fill('');
        else await search.press('abcdefgiklmnoprstuvyz'[pick(21)]);
      },
    ],
    [
      'pan',
      0.2,
      async () => {
        await page.evaluate(
          ([dx, dy, ms]) =>
            void document
              .querySelector('[data-testid=map-canvas]')
              .__map.panBy([dx, dy], { duration: ms }),
          [pick(400) - 200, pick(300) - 150, rnd() < 0.5 ? 0 : 300],
        );
      },
    ],
    [
      // Lesson steps (the issue's "lesson steps if present"): start the default lesson, step
      // with the clicker keys (reveal, camera, filters and date change with them) or leave it.
      'lesson',
      0.1,
      async () => {
        await page.evaluate(() => document.activeElement?.blur());
        if (!(await inLesson())) await page.getByRole('button', { name: 'Present' }).click();
        else if (rnd() < 0.1) await page.keyboard.press('Escape');
        else await page.keyboard.press(rnd() < 0.75 ? 'PageDown' : 'PageUp');
        await waitMap();
      },
    ],
    [
      'about',
      0.05,
      async () => {
        await page.getByRole('button', { name: 'About the data', exact: true }).click();
        await page.getByRole('button', { name: 'Back to the map', exact: true }).first().click();
        await waitMap();
      },
    ],
  ];
  for (const selector of Object.values(SELECTORS))
    if (!(await page.locator(selector).count()))
      throw new Error(
        `soak: nothing matches ${selector} (see SELECTORS in scripts/bench-page.mjs)`,
      );
  const counts = Object.fromEntries(ACTIONS.map(([name]) => [name, 0]));
  const spent = Object.fromEntries(ACTIONS.map(([name]) => [name, 0]));
  const total = ACTIONS.reduce((a, [, w]) => a + w, 0);
  const interact = async (n, record) => {
    for (let done = 0; done < n;) {
      let r = rnd() * total;
      const [name, , run] = ACTIONS.find(([, w]) => (r -= w) < 0) ?? ACTIONS[0];
      const t = Date.now();
      if ((await run()) === false) continue;
      done++;
      if (!record) continue;
      counts[name]++;
      spent[name] += Date.now() - t;
      if (done % 200 === 0) process.stdout.write(`  soak: ${done}/${n}\n`);
    }
  };
  // Back to the state the "before" heap was taken in: no search, no filter, no panel.
  const reset = async () => {
    for (let i = 0; i < 3 && (await inLesson()); i++) {
      await page.evaluate(() => document.activeElement?.blur());
      await page.keyboard.press('Escape');
    }
    await search.fill('');
    const showAll = page.getByRole('button', { name: 'Show all' });
    if (await showAll.isEnabled()) await showAll.click();
    const close = page.getByRole('button', { name: 'Close panel' });
    if (await close.count()) await close.click();
    await page.mouse.move(5, 5);
    await waitMap();
    await page.evaluate(settleMap);
    await sleep(500);
  };
  // A warm-up separates first-use costs (code compiled on first use, MapLibre's tile, glyph and
  // shader caches) from growth that keeps going, which is what a leak looks like.
  await interact(WARMUP, false);
  await reset();
  const warm = await heapUsed(cdp);
  const started = Date.now();
  await interact(SOAK, true);
  const seconds = (Date.now() - started) / 1000;
  await reset();
  const after = await heapUsed(cdp);
  const kindsAfter = await heapByKind(cdp);
  await browser.close();
  return {
    before,
    warm,
    after,
    growth: after - before,
    growthWarm: after - warm,
    codeGrowth: kindsAfter.code - kindsBefore.code,
    otherGrowth: kindsAfter.other - kindsBefore.other,
    counts,
    spent,
    seconds,
  };
}

// ---------------------------------------------------------------------------------- main
const loadStart = loadavg();
const app = await serveStatic(appDir);
const bare = await serveStatic(bareDir);
const errors = [];
const runs = { app: [], bare: [] };
const clicks = [];
const clicksDom = [];
const clicksFromClick = [];
const filters = { render: [], idle: [] };
let clickCountries = 0;
let chromiumVersion = '';
for (let i = 0; i < RUNS; i++) {
  const order = i % 2 === 0 ? ['bare', 'app'] : ['app', 'bare'];
  for (const kind of order) {
    const { browser, page, result } = await measureLoad(kind, kind === 'app' ? app : bare, errors);
    chromiumVersion ||= browser.version();
    if (kind === 'app') {
      const c = await measureClicks(page);
      const f = await measureFilters(page);
      result.clicks = c.samples;
      result.clicksDom = c.dom;
      clicksDom.push(...c.dom);
      clicksFromClick.push(...c.fromClick);
      result.filters = f;
      clicks.push(...c.samples);
      filters.render.push(...f.render);
      filters.idle.push(...f.idle);
      clickCountries = Math.max(clickCountries, c.countries);
    }
    await browser.close();
    runs[kind].push(result);
    const m = result.marks;
    console.log(
      `run ${i + 1}/${RUNS} ${kind.padEnd(4)} idle ${MS(m.mapIdleAt)}` +
        (kind === 'app'
          ? `, shell ${MS(m.shellAt)}, p95 click ${MS(quantile(result.clicks, 0.95))}`
          : '') +
        `, ${KB(result.bytes.total)}`,
    );
  }
}
console.log(`soak: ${SOAK} random interactions …`);
const soakResult = await soak(app, errors);
await app.close();
await bare.close();

// ---------------------------------------------------------------------------------- report
const col = (kind, f) => stats(runs[kind].map(f));
const bytes = Object.fromEntries(
  [...CATEGORIES, 'total'].map((c) => [
    c,
    { app: col('app', (r) => r.bytes[c]), bare: col('bare', (r) => r.bytes[c]) },
  ]),
);
const idle = {
  app: col('app', (r) => r.marks.mapIdleAt),
  bare: col('bare', (r) => r.marks.mapIdleAt),
};
const shell = col('app', (r) => r.marks.shellAt);
const h1 = col('app', (r) => r.marks.h1At);
const fcp = {
  app: col('app', (r) => r.marks.fcp ?? NaN),
  bare: col('bare', (r) => r.marks.fcp ?? NaN),
};
const shellFirst = runs.app.filter((r) => r.marks.shellAt < r.marks.mapIdleAt).length;
const frameCost = {
  app: runs.app.map((r) => r.frameCost),
  bare: runs.bare.map((r) => r.frameCost),
};
const heapIdle = { app: col('app', (r) => r.heapAtIdle), bare: col('bare', (r) => r.heapAtIdle) };
const sw = runs.app[0].serviceWorker;
const bytesRatio = bytes.total.app.median / bytes.total.bare.median;
const idleRatio = idle.app.median / idle.bare.median;
const perRunP95 = (f) => stats(runs.app.map((r) => quantile(f(r), 0.95)));
const range = (s, fmt) => `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

const rows = [
  [
    'First-load bytes, gzip (total)',
    range(bytes.total.app, KB),
    range(bytes.total.bare, KB),
    `${bytesRatio.toFixed(2)}×`,
    '≤ 1.10× bare',
    verdict(bytesRatio <= 1.1),
  ],
  [
    'Navigation → map idle',
    range(idle.app, MS),
    range(idle.bare, MS),
    `${idleRatio.toFixed(2)}×`,
    '≤ 1.15× bare',
    verdict(idleRatio <= 1.15),
  ],
  [
    'Navigation → shell text (header + legend)',
    range(shell, MS),
    '—',
    `before idle in ${shellFirst}/${RUNS}`,
    '< 1 s, before map idle',
    verdict(shell.max < 1000 && shellFirst === RUNS),
  ],
  [
    `Click → panel painted, p50 / p95 (${clicks.length} clicks, ${clickCountries} countries)`,
    `${MS(quantile(clicks, 0.5))} / ${MS(quantile(clicks, 0.95))}`,
    '—',
    '',
    'p95 ≤ 50 ms',
    verdict(quantile(clicks, 0.95) <= 50),
  ],
  [
    `Filter toggle → map repainted, p50 / p95 (${filters.render.length} toggles)`,
    `${MS(quantile(filters.render, 0.5))} / ${MS(quantile(filters.render, 0.95))}`,
    '—',
    '',
    'p95 ≤ 100 ms',
    verdict(quantile(filters.render, 0.95) <= 100),
  ],
  [
    `JS heap growth, fresh page → after ${WARMUP} + ${SOAK} random interactions`,
    `${MB(soakResult.growth)} (${MB(soakResult.before)} → ${MB(soakResult.after)})`,
    '—',
    '',
    '< 5 MB',
    verdict(soakResult.growth < 5 * 1024 * 1024),
  ],
  [
    'Console errors (all runs and the soak)',
    String(errors.length),
    '',
    '',
    '0',
    verdict(errors.length === 0),
  ],
];
const detailRows = [
  ...CATEGORIES.map((c) => [
    `First-load bytes: ${c}`,
    range(bytes[c].app, KB),
    range(bytes[c].bare, KB),
  ]),
  ['Navigation → header text (h1)', range(h1, MS), '—'],
  ['Navigation → first contentful paint', range(fcp.app, MS), range(fcp.bare, MS)],
  [
    'Filter toggle → map idle, p50 / p95',
    `${MS(quantile(filters.idle, 0.5))} / ${MS(quantile(filters.idle, 0.95))}`,
    '—',
  ],
  [
    'Click → panel p95, per run (median, min–max)',
    range(
      perRunP95((r) => r.clicks),
      MS,
    ),
    '—',
  ],
  [
    'Click → panel painted, from the click event (after mouseup), p50 / p95',
    `${MS(quantile(clicksFromClick, 0.5))} / ${MS(quantile(clicksFromClick, 0.95))}`,
    '—',
  ],
  [
    'Click → panel heading in the DOM (before paint), p50 / p95',
    `${MS(quantile(clicksDom, 0.5))} / ${MS(quantile(clicksDom, 0.95))}`,
    '—',
  ],
  [
    'Map frame cost after idle (triggerRepaint → render), median',
    MS(median(frameCost.app)),
    MS(median(frameCost.bare)),
  ],
  [
    `JS heap growth over the ${SOAK} interactions after a ${WARMUP}-interaction warm-up`,
    `${MB(soakResult.growthWarm)} (${MB(soakResult.warm)} → ${MB(soakResult.after)})`,
    '—',
  ],
  [
    'JS heap growth by kind (heap snapshots): compiled code / everything else',
    `${MB(soakResult.codeGrowth)} / ${MB(soakResult.otherGrowth)}`,
    '—',
  ],
  [
    'JS heap at first idle, after GC (main thread)',
    range(heapIdle.app, MB),
    range(heapIdle.bare, MB),
  ],
  [
    'Service worker install (background, after load)',
    `${KB(sw.total)} in ${sw.requests} requests (${sw.full} full downloads)`,
    '—',
  ],
];

const table = (header, body) => {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((r) => String(r[i] ?? '').length)),
  );
  const line = (r) => `| ${r.map((c, i) => String(c ?? '').padEnd(widths[i])).join(' | ')} |`;
  return [
    line(header),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...body.map(line),
  ].join('\n');
};
const mainTable = table(['Measure', 'App', 'Bare MapLibre', 'Ratio', 'Target', 'Result'], rows);
const detailTable = table(['Detail', 'App', 'Bare MapLibre'], detailRows);
console.log(`\n${mainTable}\n\n${detailTable}\n`);
if (errors.length) console.log(`console errors:\n  ${errors.slice(0, 20).join('\n  ')}`);
console.log(
  `soak: ${JSON.stringify(soakResult.counts)} in ${soakResult.seconds.toFixed(0)} s; ms per action: ${JSON.stringify(soakResult.spent)}`,
);

const cpu = (() => {
  try {
    return (
      readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/)?.[1] ?? cpus()[0]?.model
    );
  } catch {
    return cpus()[0]?.model;
  }
})();
const machine = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: `${cpu} (${cpus().length} cores)`,
  load: `${loadStart.map((l) => l.toFixed(2)).join(' / ')} at the start, ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')} at the end`,
  chromium: chromiumVersion,
};
mkdirSync(outRoot, { recursive: true });
writeFileSync(
  join(outRoot, 'latest.json'),
  JSON.stringify(
    {
      machine,
      options: { RUNS, CLICKS, TOGGLES, SOAK, WARMUP, SEED },
      runs,
      clicks,
      filters,
      soak: soakResult,
      errors,
    },
    null,
    2,
  ),
);

if (!argv.includes('--no-write')) {
  const file = join(root, 'bench/RESULTS.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const kept =
    previous.match(/<!-- analysis:start -->[\s\S]*<!-- analysis:end -->/)?.[0] ??
    '<!-- analysis:start -->\n\n_No analysis written yet._\n\n<!-- analysis:end -->';
  const appReqs = runs.app[0].requests.map((r) => `\`${r.path}\` ${KB(r.wire)}`).join(', ');
  const bareReqs = runs.bare[0].requests.map((r) => `\`${r.path}\` ${KB(r.wire)}`).join(', ');
  const md = `# Benchmark results

Written by \`npm run bench\` (scripts/bench.mjs). The tables are regenerated on every run; the
analysis section is kept.

- Date: ${machine.date}
- Machine: Node ${machine.node}; CPU ${machine.cpu}; load average (1/5/15 min) ${machine.load}; Chromium ${machine.chromium}, headless,
  software WebGL 2 (SwiftShader, no GPU); viewport ${VIEWPORT.width}×${VIEWPORT.height}, device pixel ratio 1
- ${RUNS} runs per page, each in a fresh browser (empty cache, no service worker), app and bare
  page alternating; ${CLICKS} clicks and ${TOGGLES} filter toggles per app run; one soak of
  ${WARMUP} + ${SOAK} random interactions (seed ${SEED}).

## Targets

Median (min–max) over the runs.

${mainTable}

## Details

${detailTable}

Soak: ${Object.entries(soakResult.counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')} in ${soakResult.seconds.toFixed(0)} s.${
    errors.length
      ? `\n\nConsole errors:\n\n${errors
          .slice(0, 20)
          .map((e) => `- \`${e}\``)
          .join('\n')}`
      : ''
  }

## Analysis

${kept}

## How it is measured

- **Bytes**: every request the page made from navigation to map idle, as logged by the
  benchmark's own static server (scripts/bench-server.mjs), counted at gzip -9 size for text
  types and raw size for woff2/png (what a gzip-serving host sends). The service worker's
  precache requests (after \`load\`) are counted separately. Hashed \`assets/\` are served
  \`immutable\`, everything else with an ETag and \`no-cache\`.
  App requests: ${appReqs}.
  Bare page requests: ${bareReqs}.
- **Navigation → shell**: the first animation frame in which the header's \`h1\` and a legend
  button are in the DOM (MutationObserver in an init script). **Navigation → map idle**: the
  first map \`idle\` event with the countries source drawn (both pages).
- **Click → panel**: \`mousedown\` timestamp → next animation frame after the panel heading
  shows the new country, clicking each coalition country's label point in turn (the URL's
  \`?country=\` is checked after every click).
- **Filter → repaint**: \`mousedown\` on a legend toggle → the first map \`render\` event after the
  click (the frame drawn with the new feature-state); "→ idle" is the next \`idle\` event.
- **Heap**: CDP \`Runtime.getHeapUsage\` of the page's main thread after three
  \`HeapProfiler.collectGarbage\`: after the first idle, after a warm-up of random
  interactions, and after the soak, each time with search, filter and panel reset to the
  starting state. Interactions (seeded): choose a country in the list, click a random map pixel,
  toggle a legend type or "Show all", type into or clear the search, \`map.panBy\`, open and
  close About (which re-creates the map). The MapLibre worker's heap is not included.
`;
  writeFileSync(file, md);
  spawnSync(join(root, 'node_modules/.bin/prettier'), ['--write', '--log-level', 'warn', file], {
    cwd: root,
    stdio: 'inherit',
  });
  console.log(`wrote ${file}`);
}
const failed = rows.filter((r) => r[5] === 'FAIL').length;
console.log(`${rows.length - failed} targets met, ${failed} missed`);
