#!/usr/bin/env node
/**
 * `npm run bench`: the app against a bare MapLibre page (bench/bare/) that draws the same
 * boundaries with one fill layer, side by side in the same run, in headless Debian Chromium.
 *
 *   node scripts/bench.mjs [--runs 5] [--clicks 30] [--toggles 30] [--soak 1000]
 *                          [--warmup 100] [--seed 1] [--lighthouse 1] [--no-build] [--no-write]
 *
 * Builds both into bench/results/ (git-ignored), serves each from its own origin, and for every
 * run launches a fresh browser (empty cache, no service worker) for each page, alternating
 * which goes first. Prints a table with PASS/FAIL per target and writes bench/RESULTS.md
 * (the analysis section between the markers there is kept) and bench/results/latest.json.
 * Timings are only ever judged here, never in the test suite.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from './bench-server.mjs';
import { LIGHTHOUSE, RUNS, SOAK, argv, outRoot, root } from './bench-config.mjs';
import { runLighthouse } from './bench-lighthouse.mjs';
import { KB, MS, quantile } from './bench-util.mjs';
import { measureClicks, measureFilters, measureLoad } from './bench-measure.mjs';
import { soak } from './bench-soak.mjs';
import { buildTables } from './bench-report.mjs';
import { writeResults } from './bench-results.mjs';

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
// Lighthouse after the rest (it is the heaviest), each page and form factor in turn.
const lighthouse = [];
for (let i = 0; i < LIGHTHOUSE; i++)
  for (const form of ['desktop', 'mobile'])
    for (const [page, server] of [
      ['app', app],
      ['bare', bare],
    ]) {
      const r = await runLighthouse(server.url, form);
      lighthouse.push({ page, form, ...r });
      console.log(
        `lighthouse ${form} ${page}: performance ${r.performance}, CLS ${r.cls.toFixed(3)}, TBT ${Math.round(r.tbt)} ms` +
          (r.warnings.length ? ` (${r.warnings.join('; ')})` : ''),
      );
    }
await app.close();
await bare.close();

const ctx = {
  runs,
  clicks,
  clicksDom,
  clicksFromClick,
  filters,
  clickCountries,
  soakResult,
  errors,
  lighthouse,
};
const { rows, mainTable, detailTable } = buildTables(ctx);
writeResults({ ...ctx, loadStart, chromiumVersion, mainTable, detailTable, rows });
const failed = rows.filter((r) => r[5] === 'FAIL').length;
console.log(`${rows.length - failed} targets met, ${failed} missed`);
