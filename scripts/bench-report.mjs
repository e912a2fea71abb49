/** The benchmark's tables: every measure against its target, and the details. */
import { CATEGORIES, KB, MB, MS, median, quantile, stats } from './bench-util.mjs';
import { RUNS, SOAK, WARMUP } from './bench-config.mjs';
import { sightRows } from './bench-report-sight.mjs';

export function buildTables(ctx) {
  const { runs, clicks, clicksDom, clicksFromClick, filters, clickCountries, soakResult, errors } =
    ctx;
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
  const sight = sightRows(ctx);
  rows.splice(2, 0, ...sight.rows);
  const detailRows = [
    ...sight.details,
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
  return { rows, mainTable, detailTable };
}
