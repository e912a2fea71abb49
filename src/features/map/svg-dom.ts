/**
 * Small DOM helpers of the SVG map: SVG elements with their attributes, and the pattern
 * definitions (svg-patterns.ts) that a `url(#pattern-…)` fill refers to.
 */
import { svgPattern } from './svg-patterns';
import { ALL_TYPES } from './svg-style';

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
