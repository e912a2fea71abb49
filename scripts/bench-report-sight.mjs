/** The benchmark's rows for the first sight (issue 14): coloured countries, layout shift, Lighthouse. */
import { MS, median, stats } from './bench-util.mjs';
import { RUNS } from './bench-config.mjs';

const range = (s, fmt) => `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
const CLS = (v) => (Number.isFinite(v) ? v.toFixed(3) : '—');

export function sightRows({ runs, lighthouse }) {
  const col = (kind, f) => stats(runs[kind].map(f));
  const coloured = {
    app: col('app', (r) => r.marks.colouredAt),
    bare: col('bare', (r) => r.marks.colouredAt),
  };
  const ratio = coloured.app.median / coloured.bare.median;
  const by = runs.app.map((r) => r.colouredBy);
  const svgFirst = by.filter((b) => b === 'SVG').length;
  const cls = { app: col('app', (r) => r.cls6s), bare: col('bare', (r) => r.cls6s) };
  const lh = (page, form) => lighthouse.filter((l) => l.page === page && l.form === form);
  const lhMax = (page, form, key) => Math.max(...lh(page, form).map((l) => l[key]));
  const lhMed = (page, form, key) => median(lh(page, form).map((l) => l[key]));
  const lhCls = ['desktop', 'mobile'].map((f) => lhMax('app', f, 'cls'));

  const rows = [
    [
      'Navigation → coloured countries visible',
      range(coloured.app, MS),
      range(coloured.bare, MS),
      `${ratio.toFixed(2)}×`,
      '≤ 0.6× bare',
      verdict(ratio <= 0.6),
    ],
    [
      'Layout shift, first 6 s (max over runs, 1280×800)',
      CLS(cls.app.max),
      CLS(cls.bare.max),
      '',
      '≤ 0.02',
      verdict(cls.app.max <= 0.02),
    ],
  ];
  if (lighthouse.length)
    rows.push([
      'Lighthouse CLS, desktop 1440×900 / mobile (max)',
      lhCls.map(CLS).join(' / '),
      ['desktop', 'mobile'].map((f) => CLS(lhMax('bare', f, 'cls'))).join(' / '),
      '',
      '≤ 0.02',
      verdict(lhCls.every((v) => !(v > 0.02))),
    ]);
  const details = [
    [
      'Coloured countries first drawn by',
      `the SVG map in ${svgFirst}/${RUNS}, MapLibre in ${RUNS - svgFirst}/${RUNS}`,
      'MapLibre',
    ],
  ];
  for (const form of ['desktop', 'mobile']) {
    if (!lh('app', form).length) continue;
    const both = (f) => [f('app'), f('bare')];
    details.push(
      [
        `Lighthouse ${form}: Performance / Accessibility / Best Practices / SEO (median)`,
        ...both((p) =>
          ['performance', 'accessibility', 'bestPractices', 'seo']
            .map((k) => lhMed(p, form, k))
            .join(' / '),
        ),
      ],
      [
        `Lighthouse ${form}: Total Blocking Time, LCP, FCP (median)`,
        ...both((p) => ['tbt', 'lcp', 'fcp'].map((k) => MS(lhMed(p, form, k))).join(', ')),
      ],
    );
  }
  return { rows, details };
}
