/** Writes bench/results/latest.json and bench/RESULTS.md (keeping its analysis section). */
import { KB } from './bench-util.mjs';
import {
  CLICKS,
  RUNS,
  SEED,
  SOAK,
  TOGGLES,
  VIEWPORT,
  WARMUP,
  argv,
  outRoot,
  root,
} from './bench-config.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

export function writeResults(ctx) {
  const {
    runs,
    clicks,
    filters,
    soakResult,
    errors,
    loadStart,
    chromiumVersion,
    mainTable,
    detailTable,
  } = ctx;
  console.log(
    `soak: ${JSON.stringify(soakResult.counts)} in ${soakResult.seconds.toFixed(0)} s; ms per action: ${JSON.stringify(soakResult.spent)}`,
  );

  const cpu = (() => {
    try {
      return (
        readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/)?.[1] ??
        cpus()[0]?.model
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
        lighthouse: ctx.lighthouse,
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
    first map \`idle\` event with the countries source drawn (both pages; on the app, MapLibre's,
    under the SVG map drawn first).
  - **Navigation → coloured countries visible**: the first frame whose picture has the countries
    in their colours, whatever draws them, read from what each renderer paints from rather than
    from pixels (scripts/bench-first-sight.mjs): the SVG map's path for France getting its colour
    (2 frames later: painted), or a MapLibre \`render\` with a country under a point of France
    in the fill layer and no SVG map over it (1 frame later: presented).
  - **Layout shift**: a buffered \`layout-shift\` PerformanceObserver, entries without recent input
    summed over the first 6 s, in the benchmark's viewport. **Lighthouse** ${ctx.lighthouse[0]?.version ?? '12'}:
    Debian's Chromium started by chrome-launcher with the benchmark's flags (software WebGL 2), the
    desktop preset at 1440×900 and the default mobile preset, simulated throttling; its CLS
    (session windows) and Total Blocking Time, and the four category scores.
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
}
