/**
 * The boundaries as TopoJSON for both renderers: shared borders stored once (topojson-server),
 * coordinates quantised, and every arc point tagged with the zoom band from which the SVG map
 * draws it, so no simplification runs in the browser (src/datasets/boundaries-topology.ts).
 *
 * The tag is each point's Visvalingam weight (topojson-simplify's presimplify), measured as a
 * triangle's area in Web Mercator pixels: a point is drawn from the first band (whole zoom,
 * 1…9, as the SVG map's camera) at which its triangle reaches AREA_PX. Simplifying arcs, not
 * countries, keeps a border identical on both sides at every band (no slivers, no gaps).
 * Points that stay under AREA_PX even at zoom 9 (MapLibre's maxZoom) are left out altogether.
 * Every ring keeps at least three points that enclose an area at every band, so no country,
 * however small, vanishes at any zoom.
 */
import { topology } from 'topojson-server';
import { presimplify } from 'topojson-simplify';

/** Grid of the quantisation: 1e5 steps across the world's extent (≈ 0.0037° ≈ 400 m). */
export const QUANTIZATION = 1e5;
/** The SVG map's zoom bands (src/features/map/svg-camera.ts: MIN_ZOOM, MAX_ZOOM). */
export const MIN_BAND = 1;
export const MAX_BAND = 9;
/** Smallest triangle a band keeps, in square screen pixels at the band's own zoom. */
export const AREA_PX = 4;

const MAX_LAT = 85.051129;
const RAD = Math.PI / 180;
/** Longitude/latitude → the Web Mercator unit square (as MapLibre's MercatorCoordinate). */
const unit = ([lon, lat]) => {
  const phi = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * RAD;
  return [0.5 + lon / 360, 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)];
};
const area = (a, b, c) =>
  Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
const mercatorArea = ([a, b, c]) => area(unit(a), unit(b), unit(c));

/** The first band at which a weight (unit-square area) reaches AREA_PX, or Infinity. */
export function bandOfWeight(weight) {
  for (let band = MIN_BAND; band <= MAX_BAND; band++)
    if (weight * (512 * 2 ** band) ** 2 >= AREA_PX) return band;
  return Infinity;
}

/** Arc point references of a ring, in the order topojson-client stitches them. */
function ringRefs(ring, arcs) {
  const refs = [];
  for (const index of ring) {
    const a = index < 0 ? ~index : index;
    const n = arcs[a].length;
    const seq = Array.from({ length: n }, (_, k) => [a, index < 0 ? n - 1 - k : k]);
    refs.push(...(refs.length ? seq.slice(1) : seq));
  }
  return refs;
}

/**
 * Lowers the band of a ring's heaviest points until, at every band, it keeps three distinct
 * points that enclose an area (a micro-state is a triangle at worst, never a line or a dot).
 */
function keepRing(refs, points, bands) {
  const pointAt = ([a, k]) => points[a][k];
  const byWeight = [...refs].sort((p, q) => pointAt(q)[2] - pointAt(p)[2]);
  for (let band = MIN_BAND; band <= MAX_BAND; band++) {
    const drawn = () => refs.filter(([a, k]) => bands[a][k] <= band).map(pointAt);
    for (const [a, k] of byWeight) {
      if (enclosed(drawn())) break;
      bands[a][k] = Math.min(bands[a][k], band);
    }
  }
}
function enclosed(ring) {
  let twice = 0;
  for (let i = 1; i < ring.length; i++)
    twice += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return Math.abs(twice) > 0;
}

/** Rings of every polygon of every geometry, as arc index lists. */
const ringsOf = (g) =>
  g.type === 'Polygon' ? g.arcs : g.type === 'MultiPolygon' ? g.arcs.flat() : [];

/** The countries FeatureCollection → a quantised TopoJSON with a band on every arc point. */
export function buildTopology(countries) {
  const topo = topology({ countries }, QUANTIZATION);
  // presimplify returns the same arcs point for point, absolute, with the weight as z.
  const weighted = presimplify(topo, mercatorArea).arcs;
  const bands = weighted.map((arc) => arc.map((p) => bandOfWeight(p[2])));
  for (const g of topo.objects.countries.geometries)
    for (const ring of ringsOf(g)) keepRing(ringRefs(ring, weighted), weighted, bands);

  // Absolute quantised positions → [dx, dy, band], leaving out points no band draws.
  topo.arcs = topo.arcs.map((arc, a) => {
    let [x, y, px, py] = [0, 0, 0, 0];
    const out = [];
    arc.forEach(([dx, dy], k) => {
      [x, y] = [x + dx, y + dy];
      const band = bands[a][k];
      if (band > MAX_BAND) return;
      out.push([x - px, y - py, band]);
      [px, py] = [x, y];
    });
    return out;
  });
  return topo;
}

/** Points drawn per band (shared borders once), for the build's report and the data README. */
export function pointsPerBand(topo) {
  const counts = [];
  for (let band = MIN_BAND; band <= MAX_BAND; band++)
    counts.push([
      band,
      topo.arcs.reduce((n, arc) => n + arc.filter((p) => p[2] <= band).length, 0),
    ]);
  return counts;
}
