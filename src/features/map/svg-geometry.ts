/**
 * The countries' shapes for the SVG map: projected once to the Mercator unit square (d3-geo's
 * raw projection, svg-camera.ts), then simplified per zoom band (whole zooms) to what a pixel at
 * that band can show, and written as path data with d3-geo's path writer. Every country keeps
 * at least its largest polygon at every band, so micro-states never vanish. Pure; unit-tested.
 */
import { geoPath } from 'd3-geo';
import { toUnit, worldSize } from './svg-camera';

type Ring = [number, number][];
export interface Shape {
  iso3: string;
  /** Polygons (outer ring first, then holes), in unit-square coordinates. */
  polygons: Ring[][];
  /** [minU, minV, maxU, maxV] */
  bbox: [number, number, number, number];
  /** Path data per band, filled on first use. */
  paths: Map<number, string>;
  /** Simplified polygons per band, in band pixels (for hit tests). */
  simplified: Map<number, Ring[][]>;
}

/** Largest simplification error, in screen pixels at the band's own zoom. */
export const TOLERANCE_PX = 0.4;

type Geometry = GeoJSON.Polygon | GeoJSON.MultiPolygon;

export function prepareShape(iso3: string, geometry: Geometry): Shape {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const bbox: Shape['bbox'] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = polys.map((rings) =>
    rings.map((ring) =>
      ring.map(([lon, lat]) => {
        const p = toUnit(lon!, lat!);
        bbox[0] = Math.min(bbox[0], p[0]);
        bbox[1] = Math.min(bbox[1], p[1]);
        bbox[2] = Math.max(bbox[2], p[0]);
        bbox[3] = Math.max(bbox[3], p[1]);
        return p;
      }),
    ),
  );
  return { iso3, polygons, bbox, paths: new Map(), simplified: new Map() };
}

/** Douglas–Peucker on a closed ring (iterative: no deep recursion on long coastlines). */
export function simplifyRing(ring: Ring, tolerance: number): Ring {
  const n = ring.length;
  if (n <= 4) return ring;
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  // A closed ring's ends coincide: split at the point farthest from the start as well.
  let far = 1;
  for (let i = 1; i < n - 1; i++)
    if (dist2(ring[i]!, ring[0]!) > dist2(ring[far]!, ring[0]!)) far = i;
  keep[far] = 1;
  const stack: [number, number][] = [
    [0, far],
    [far, n - 1],
  ];
  const tol2 = tolerance * tolerance;
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let worst = -1;
    let worstD = tol2;
    for (let i = a + 1; i < b; i++) {
      const d = segDist2(ring[i]!, ring[a]!, ring[b]!);
      if (d > worstD) [worst, worstD] = [i, d];
    }
    if (worst < 0) continue;
    keep[worst] = 1;
    stack.push([a, worst], [worst, b]);
  }
  // A ring needs three corners: one simplified to a line keeps a third point (a micro-state).
  if (keep.reduce((a, b) => a + b, 0) < 4) keep[far > n / 2 ? far >> 1 : (far + n) >> 1] = 1;
  return ring.filter((_, i) => keep[i]);
}

function dist2(p: [number, number], q: [number, number]) {
  return (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2;
}
export function segDist2(p: [number, number], a: [number, number], b: [number, number]) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len)) : 0;
  return dist2(p, [a[0] + t * dx, a[1] + t * dy]);
}

const extent = (ring: Ring) => {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring)
    [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  return Math.max(x1 - x0, y1 - y0);
};

/**
 * The shape at a band, in that band's world pixels: rings simplified; islands and holes smaller
 * than a pixel dropped, except the country's largest polygon, which always stays.
 */
export function shapeAtBand(shape: Shape, band: number): Ring[][] {
  const cached = shape.simplified.get(band);
  if (cached) return cached;
  const w = worldSize(band);
  const scaled = shape.polygons.map((rings) =>
    rings.map((r) => r.map(([u, v]) => [u * w, v * w] as [number, number])),
  );
  const sizes = scaled.map((rings) => extent(rings[0]!));
  const largest = sizes.indexOf(Math.max(...sizes));
  const out = scaled.flatMap((rings, i) => {
    if (i !== largest && sizes[i]! < 1) return [];
    const kept = rings
      .filter((r, j) => j === 0 || extent(r) >= 1)
      .map((r) => simplifyRing(r, TOLERANCE_PX))
      .filter((r, j) => j === 0 || r.length >= 4);
    return [kept];
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
