/**
 * Small DOM helpers of the SVG map: SVG elements with their attributes, and the pattern
 * definitions (svg-patterns.ts) that a `url(#pattern-…)` fill refers to.
 */
import { svgPattern } from './svg-patterns';
import { ALL_TYPES } from './svg-style';
import { MAX_ZOOM, MIN_ZOOM } from './svg-camera';
import { pathAtBand, type Shape } from './svg-geometry';

export const SVG_NS = 'http://www.w3.org/2000/svg';

export const el = <K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  parent?: Element,
): SVGElementTagNameMap[K] => {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent?.appendChild(e);
  return e;
};

/** One <pattern> per type in `defs`; the scene scales them to stay 12 screen pixels. */
export function patternDefs(defs: SVGDefsElement): SVGPatternElement[] {
  return ALL_TYPES.map((t) => {
    const p = svgPattern(t);
    const node = el(
      'pattern',
      { id: p.id, width: p.size, height: p.size, patternUnits: 'userSpaceOnUse' },
      defs,
    );
    el('rect', { width: p.size, height: p.size, fill: p.fill }, node);
    el('path', { d: p.d, fill: p.ink, 'shape-rendering': 'crispEdges' }, node);
    return node;
  });
}

/**
 * Writes the neighbouring bands' path data while the browser is idle, a few countries at a time,
 * so a zoom into the next band finds its shapes ready (the points are chosen at build time, but
 * scaling and writing a band's paths still costs tens of ms on our machines). Where idle
 * callbacks are missing, nothing.
 */
export function warmBands(shapes: readonly Shape[], bands: readonly number[]) {
  if (typeof requestIdleCallback !== 'function') return;
  const todo = bands
    .filter((b) => b >= MIN_ZOOM && b <= MAX_ZOOM)
    .flatMap((b) => shapes.filter((s) => !s.paths.has(b)).map((s) => [s, b] as const));
  const work = (deadline: IdleDeadline) => {
    while (todo.length && deadline.timeRemaining() > 2) {
      const [s, b] = todo.pop()!;
      pathAtBand(s, b);
    }
    if (todo.length) requestIdleCallback(work);
  };
  if (todo.length) requestIdleCallback(work);
}
