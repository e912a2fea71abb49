/**
 * The countries' shapes for the SVG map: projected once to the Mercator unit square (d3-geo's
 * raw projection, svg-camera.ts), then drawn per zoom band (whole zooms) with the points the
 * build chose for that band (scripts/boundaries-topology.mjs: simplified at build time, shared
 * borders alike on both sides), written as path data with d3-geo's path writer. Islands and
 * holes smaller than a pixel at the band are left out, except each country's largest polygon,
 * which the build keeps as at least a triangle at every band: micro-states never vanish.
 */
import { geoPath } from 'd3-geo';
import { bandsOf, type RingBands } from '@/datasets/boundaries-topology';
import { toUnit, worldSize } from './svg-camera';

type Ring = [number, number][];
export interface Shape {
  iso3: string;
  /** Polygons (outer ring first, then holes), in unit-square coordinates. */
  polygons: Ring[][];
  /** Per polygon, per ring: the first band that draws each point (none: every point, always). */
  bands: RingBands | undefined;
  /** Per polygon, per ring: the larger side of its bounding box, in the unit square. */
  extents: number[][];
  /** [minU, minV, maxU, maxV] */
  bbox: [number, number, number, number];
  /** Path data per band, filled on first use. */
  paths: Map<number, string>;
  /** The polygons drawn at each band, in band pixels (for hit tests), filled on first use. */
  simplified: Map<number, Ring[][]>;
}

type Geometry = GeoJSON.Polygon | GeoJSON.MultiPolygon;

const extent = (ring: Ring) => {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring)
    [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  return Math.max(x1 - x0, y1 - y0);
};

export function prepareShape(iso3: string, geometry: Geometry): Shape {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const polygons = polys.map((rings) =>
    rings.map((ring) => ring.map(([lon, lat]) => toUnit(lon!, lat!))),
  );
  const bbox: Shape['bbox'] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [u, v] of polygons.flat(2))
    [bbox[0], bbox[1], bbox[2], bbox[3]] = [
      Math.min(bbox[0], u),
      Math.min(bbox[1], v),
      Math.max(bbox[2], u),
      Math.max(bbox[3], v),
    ];
  const extents = polygons.map((rings) => rings.map(extent));
  const bands = bandsOf(geometry);
  return { iso3, polygons, bands, extents, bbox, paths: new Map(), simplified: new Map() };
}

export function segDist2(p: [number, number], a: [number, number], b: [number, number]) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len)) : 0;
  return (p[0] - a[0] - t * dx) ** 2 + (p[1] - a[1] - t * dy) ** 2;
}

/** A ring at a band, in band pixels: the points whose band has come (a pass, no maths). */
function ringAt(ring: Ring, bands: Uint8Array | undefined, band: number, w: number): Ring {
  const out: Ring = [];
  for (let k = 0; k < ring.length; k++)
    if (!bands || bands[k]! <= band) out.push([ring[k]![0] * w, ring[k]![1] * w]);
  return out;
}

/**
 * The shape at a band, in that band's world pixels: each ring with the points the build kept
 * for the band; islands and holes smaller than a pixel dropped, except the country's largest
 * polygon, which always stays (whole, should a ring ever come out too thin to enclose).
 */
export function shapeAtBand(shape: Shape, band: number): Ring[][] {
  const cached = shape.simplified.get(band);
  if (cached) return cached;
  const w = worldSize(band);
  const sizes = shape.extents.map((rings) => rings[0]!);
  const largest = sizes.indexOf(Math.max(...sizes));
  const out = shape.polygons.flatMap((rings, i) => {
    if (i !== largest && sizes[i]! * w < 1) return [];
    const outer = ringAt(rings[0]!, shape.bands?.[i]?.[0], band, w);
    // An outer ring too thin to enclose takes its polygon with it, but never the largest one.
    if (outer.length < 4 && i !== largest) return [];
    const holes = rings.slice(1).flatMap((ring, j) => {
      if (shape.extents[i]![j + 1]! * w < 1) return [];
      const r = ringAt(ring, shape.bands?.[i]?.[j + 1], band, w);
      return r.length >= 4 ? [r] : [];
    });
    return [[outer.length >= 4 ? outer : ringAt(rings[0]!, undefined, band, w), ...holes]];
  });
  shape.simplified.set(band, out);
  return out;
}

const writer = geoPath().digits(1);

/** SVG path data of the shape at a band (cached: a band's paths are written once). */
export function pathAtBand(shape: Shape, band: number): string {
  let d = shape.paths.get(band);
  if (d === undefined) {
    const coordinates = shapeAtBand(shape, band);
    d = writer({ type: 'MultiPolygon', coordinates }) ?? '';
    shape.paths.set(band, d);
  }
  return d;
}
