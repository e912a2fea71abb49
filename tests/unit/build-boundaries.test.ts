/**
 * The built boundaries, checked as a file. scripts/build-boundaries.mjs cannot be imported to
 * test `unwrapRing` directly: the module runs the whole build at import time and overwrites
 * data/boundaries.topo.json and data/label-points.geojson. So these tests read its output,
 * decoded as the app decodes it.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import type { Position as Point } from 'geojson';
import { BoundariesData } from '@/datasets/boundaries-topology';

type Ring = Point[];
interface Feature {
  properties: { iso3: string; name: string };
  geometry:
    { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}
const read = <T>(file: string): T =>
  JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')) as T;
const topo = read<{ arcs: number[][][] }>('boundaries.topo.json');
const { features } = BoundariesData.parse(topo) as unknown as { features: Feature[] };
const labels = read<{
  features: { properties: { iso3: string }; geometry: { coordinates: [number, number] } }[];
}>('label-points.geojson');
const countryIso3 = read<{ countries: { iso3: string }[] }>('countries.json').countries.map(
  (c) => c.iso3,
);

const polygons = (f: Feature): Ring[][] =>
  f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
const rings = (f: Feature): Ring[] => polygons(f).flat();
const byIso3 = (iso3: string) => {
  const f = features.find((x) => x.properties.iso3 === iso3);
  if (!f) throw new Error(`${iso3} is not in boundaries.topo.json`);
  return f;
};

/** Even-odd ray casting over every ring of every polygon (so holes count as outside). */
function contains(f: Feature, [x, y]: [number, number]): boolean {
  let inside = false;
  for (const ring of rings(f))
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  return inside;
}
const jumps = (ring: Ring) =>
  ring.filter((p, i) => i > 0 && Math.abs(p[0]! - ring[i - 1]![0]!) > 180).length;

describe('point-in-polygon helper', () => {
  const square: Feature = {
    properties: { iso3: 'SQR', name: 'Square' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
          [0, 0],
        ],
        [
          [1, 1],
          [2, 1],
          [2, 2],
          [1, 2],
          [1, 1],
        ],
      ],
    },
  };
  it('is inside the ring, outside beyond it and inside the hole', () => {
    expect(contains(square, [3, 3])).toBe(true);
    expect(contains(square, [5, 3])).toBe(false);
    expect(contains(square, [1.5, 1.5])).toBe(false);
  });
});

describe('data/boundaries.topo.json', () => {
  it('tags every arc point with the zoom band (1 to 9) from which the SVG map draws it', () => {
    const bands = new Set(topo.arcs.flatMap((arc) => arc.map((p) => p[2])));
    expect(
      [...bands].filter((b) => !(b !== undefined && Number.isInteger(b) && b >= 1 && b <= 9)),
    ).toEqual([]);
    expect(bands.has(1)).toBe(true); // arc ends, drawn from the first band
  });

  it('has one feature per unique ISO3 code, sorted, including RUS and FJI', () => {
    const codes = features.map((f) => f.properties.iso3);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toEqual(expect.arrayContaining(['RUS', 'FJI', 'MLT', 'UKR']));
  });

  it('has closed rings of at least 4 finite points', () => {
    for (const f of features)
      for (const ring of rings(f)) {
        expect(ring.length, f.properties.iso3).toBeGreaterThanOrEqual(4);
        expect(ring[0], f.properties.iso3).toEqual(ring[ring.length - 1]);
        expect(ring.flat().every(Number.isFinite), f.properties.iso3).toBe(true);
      }
  });

  it('has no ring that jumps across the antimeridian, except the one round the South Pole', () => {
    const jumping = features.flatMap((f) =>
      rings(f)
        .filter((r) => jumps(r) > 0)
        .map((r) => ({ iso3: f.properties.iso3, jumps: jumps(r) })),
    );
    // The build leaves odd-jump rings alone on purpose: they circle a pole (Antarctica).
    expect(jumping).toEqual([{ iso3: 'ATA', jumps: 1 }]);
  });

  it('keeps Russia and Fiji whole across 180° (unwrapped, not split into bands)', () => {
    const lons = (iso3: string) => rings(byIso3(iso3)).flatMap((r) => r.map((p) => p[0]!));
    expect(Math.max(...lons('RUS'))).toBeGreaterThan(180);
    expect(Math.min(...lons('FJI'))).toBeLessThan(-180);
  });

  it('draws Crimea inside Ukraine, not Russia', () => {
    const simferopol: [number, number] = [34.1, 45.0];
    expect(contains(byIso3('UKR'), simferopol)).toBe(true);
    expect(contains(byIso3('RUS'), simferopol)).toBe(false);
  });

  it("puts each dataset country's label point inside that country", () => {
    const outside = countryIso3.filter((iso3) => {
      const label = labels.features.find((l) => l.properties.iso3 === iso3);
      return !label || !contains(byIso3(iso3), label.geometry.coordinates);
    });
    expect(outside).toEqual([]);
  });
});
