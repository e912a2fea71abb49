/**
 * The SVG map's DOM, kept small: one path per country (in the band's world pixels, moved by one
 * transform, so a pan or zoom changes one attribute), a few outline paths, a circle per
 * micro-state and a text per name. State changes update attributes; nothing is re-rendered.
 * Every look is an attribute (no stylesheet), so the serialised SVG is the image (svg-snapshot.ts).
 * Only countries on or near the screen carry path data (the others are empty until a pan brings
 * them near): at the default view the browser parses, lays out and paints about half the points.
 */
import type { MapData, CountryProps } from '@/datasets/join';
import type { Camera } from '@/store/url-state';
import { bandOf, project, toUnit, worldSize, type Size } from './svg-camera';
import { createPathWriter } from './svg-view';
import { pathAtBand, prepareShape, type Shape } from './svg-geometry';
import { el, patternDefs, warmBands } from './svg-dom';
import { countryFill, labelInk, markerFill, MARKER_STROKE, type SvgLook } from './svg-style';
import { createLabels } from './svg-scene-labels';
import { MARKER_RADIUS } from './picking';

export interface SceneState {
  look: SvgLook;
  dimmed: ReadonlySet<string>;
  /** Ukraine and Russia under a filter: faded, still named. */
  muted: ReadonlySet<string>;
  selected: string | null;
  focused: string | null;
  hovered: string | null;
  highlighted: ReadonlySet<string>;
}

/** Geometry is prepared once per boundaries object, whatever the date's types. */
const prepared = new WeakMap<object, Shape>();

export function createScene(container: HTMLElement) {
  // `display` as an attribute, not a style: a style="" left in the markup breaks the strict CSP
  // wherever the picture's markup is parsed (svg-picture.ts).
  const svg = el('svg', { width: '100%', height: '100%', 'aria-hidden': 'true', display: 'block' });
  const defs = el('defs', {}, svg);
  const patterns = patternDefs(defs);
  const sea = el('rect', { width: '100%', height: '100%' }, svg);
  const world = el('g', {}, svg);
  const countries = el('g', { 'stroke-linejoin': 'round' }, world);
  const outlineGroup = el('g', { fill: 'none', 'stroke-linejoin': 'round' }, world);
  // `data-outline` names each for the tests (and whoever inspects the map).
  const outline = (name: string) =>
    el('path', { 'vector-effect': 'non-scaling-stroke', 'data-outline': name }, outlineGroup);
  type P = SVGPathElement;
  const names = ['hover', 'selected', 'highlight-casing', 'highlight', 'focus'];
  const [hover, selected, casing, highlight, focus] = names.map(outline) as [P, P, P, P, P];
  // Picking is geometric (svg-picking.ts): markers and names never take the pointer.
  const markers = el('g', { 'pointer-events': 'none' }, svg);
  const labels = createLabels(
    el(
      'g',
      {
        'font-family': '"Noto Sans", sans-serif',
        'text-anchor': 'middle',
        'pointer-events': 'none',
      },
      svg,
    ),
  );
  container.appendChild(svg);

  let shapes: Shape[] = [];
  let props = new Map<string, CountryProps>();
  let paths = new Map<string, SVGPathElement>();
  let byIso3 = new Map<string, Shape>();
  const pathData = createPathWriter();
  let circles: { iso3: string; lon: number; lat: number; node: SVGCircleElement }[] = [];
  let band = -1;

  const setData = (data: MapData) => {
    countries.replaceChildren();
    markers.replaceChildren();
    shapes = data.countries.features.map((f) => {
      const s = prepared.get(f.geometry) ?? prepareShape(f.properties.iso3, f.geometry);
      prepared.set(f.geometry, s);
      return s;
    });
    props = new Map(data.countries.features.map((f) => [f.properties.iso3, f.properties]));
    byIso3 = new Map(shapes.map((s) => [s.iso3, s]));
    pathData.reset();
    paths = new Map(
      shapes.map((s) => [
        s.iso3,
        el(
          'path',
          { 'data-iso3': s.iso3, d: '', 'vector-effect': 'non-scaling-stroke' },
          countries,
        ),
      ]),
    );
    circles = data.labels.features
      .filter((l) => l.properties.small)
      .map((l) => {
        const [lon, lat] = l.geometry.coordinates as [number, number];
        const node = el(
          'circle',
          { r: MARKER_RADIUS, 'data-iso3': l.properties.iso3, stroke: MARKER_STROKE },
          markers,
        );
        node.setAttribute('fill', markerFill(l.properties.type));
        return { iso3: l.properties.iso3, lon, lat, node };
      });
    labels.setData(data, labelInk);
    band = -1;
  };

  /** The camera's band: when it changes (or forced), every path is due for new data. */
  const geometry = (zoom: number, force = false) => {
    const b = bandOf(zoom);
    if (b === band && !force) return false;
    band = b;
    pathData.reset();
    warmBands(shapes, [b + 1, b - 1]);
    return true;
  };

  const fills = (st: SceneState) => {
    for (const [iso3, node] of paths)
      node.setAttribute(
        'fill',
        countryFill(st.look, props.get(iso3)?.type, st.dimmed.has(iso3), st.muted.has(iso3)),
      );
    sea.setAttribute('fill', st.look.sea);
    countries.setAttribute('stroke', st.look.border);
  };

  const outlines = (st: SceneState) => {
    // From the shapes, not the DOM: an outlined country may be off screen, its path empty.
    const shape = (id: string | null) => (id && band > 0 && byIso3.get(id)) || null;
    const d = (ids: Iterable<string | null>) =>
      [...ids].map((id) => (shape(id) ? pathAtBand(shape(id)!, band) : '')).join('');
    const { look } = st;
    const line = (
      node: SVGPathElement,
      ids: Iterable<string | null>,
      color: string,
      width: number,
    ) => {
      node.setAttribute('d', d(ids));
      node.setAttribute('stroke', color);
      node.setAttribute('stroke-width', String(width));
    };
    line(hover, [st.hovered], look.hover.color, look.hover.width);
    line(selected, [st.selected], look.selected.color, look.selected.width);
    line(casing, st.highlighted, look.highlight.casing, look.highlight.casingWidth);
    line(highlight, st.highlighted, look.highlight.color, look.highlight.width);
    line(focus, [st.focused], look.focus.color, look.focus.width);
    focus.setAttribute('stroke-dasharray', `${2 * look.focus.width} ${look.focus.width}`);
    for (const c of circles)
      c.node.setAttribute('stroke-width', c.iso3 === st.selected ? '3' : '1.5');
  };

  /** The camera: one transform for the countries, then markers and names in screen pixels. */
  const place = (st: SceneState, camera: Camera, size: Size) => {
    if (geometry(camera.zoom)) outlines(st);
    pathData.write(shapes, paths, band, camera, size);
    const k = 2 ** (camera.zoom - band);
    const [cu, cv] = toUnit(camera.lon, camera.lat);
    const w = worldSize(camera.zoom);
    const tx = size.width / 2 - cu * w;
    const ty = size.height / 2 - cv * w;
    world.setAttribute(
      'transform',
      `translate(${tx.toFixed(2)} ${ty.toFixed(2)}) scale(${k.toFixed(5)})`,
    );
    countries.setAttribute('stroke-width', st.look.borderWidth(camera.zoom).toFixed(2));
    // Patterns keep their 12 screen pixels whatever the scale of the group.
    for (const p of patterns) p.setAttribute('patternTransform', `scale(${(1 / k).toFixed(5)})`);
    const fade = Math.max(0, Math.min(1, (6.5 - camera.zoom) / 1.5));
    markers.setAttribute('display', st.look.markers && fade > 0 ? 'inline' : 'none');
    markers.setAttribute('opacity', fade.toFixed(3));
    for (const c of circles) {
      const p = project(camera, size, c.lon, c.lat);
      c.node.setAttribute('cx', p.x.toFixed(1));
      c.node.setAttribute('cy', p.y.toFixed(1));
      c.node.setAttribute('display', st.dimmed.has(c.iso3) ? 'none' : 'inline');
    }
    labels.place(camera, size, st.look.labels ? st.look.labelSize(camera.zoom) : 0, st.dimmed);
  };

  return {
    svg,
    shapes: () => shapes,
    setData,
    fills,
    outlines,
    place,
    /** Everything again, path data included (the redraw the budget is measured on). */
    full(st: SceneState, camera: Camera, size: Size) {
      geometry(camera.zoom, true);
      fills(st);
      outlines(st);
      place(st, camera, size);
    },
    destroy: () => svg.remove(),
  };
}
