/**
 * The SVG map's shapes and picking, on the real boundaries: the build's simplification per zoom
 * band keeps every country (micro-states included) and cuts the points; a click picks what the
 * map shows.
 */
import { describe, expect, it } from 'vitest';
import { bandOf, MAX_ZOOM, MIN_ZOOM, project } from '@/features/map/svg-camera';
import { pathAtBand, prepareShape, shapeAtBand } from '@/features/map/svg-geometry';
import { countryUnder, pickOnSvg, type LabelSpot } from '@/features/map/svg-picking';
import { DEFAULT_CAMERA } from '@/features/map/map-adapter';
import { TOLERANCE } from '@/features/map/picking';
import { labelPointOf, realMapData } from '../support/real-map-data';

const data = realMapData();
const shapes = data.countries.features.map((f) => prepareShape(f.properties.iso3, f.geometry));
const spots: LabelSpot[] = data.labels.features.map((f) => ({
  iso3: f.properties.iso3,
  lon: f.geometry.coordinates[0]!,
  lat: f.geometry.coordinates[1]!,
  small: !!f.properties.small,
}));
const size = { width: 1280, height: 634 };
const points = (band: number) =>
  shapes.reduce(
    (n, s) =>
      n +
      shapeAtBand(s, band)
        .flat()
        .reduce((m, r) => m + r.length, 0),
    0,
  );

/** Twice the signed area of a ring (shoelace): zero for a line or a dot. */
const area2 = (ring: [number, number][]) =>
  ring.reduce((a, p, i) => (i ? a + ring[i - 1]![0] * p[1] - p[0] * ring[i - 1]![1] : 0), 0);

describe('SVG map geometry', () => {
  it('draws with the bands the build gave every point', () => {
    expect(shapes.every((s) => s.bands?.length === s.polygons.length)).toBe(true);
  });

  it('keeps every country, micro-states included, as an area at every zoom band', () => {
    const small = spots.filter((s) => s.small).map((s) => s.iso3);
    expect(small.length).toBeGreaterThan(0); // the data has micro-states to keep
    for (let band = MIN_ZOOM; band <= MAX_ZOOM; band++)
      for (const s of shapes) {
        const polys = shapeAtBand(s, band);
        expect(polys.length, `${s.iso3} at band ${band}`).toBeGreaterThan(0);
        const outer = polys.map((p) => p[0]!);
        expect(
          outer.some((r) => r.length >= 4 && Math.abs(area2(r)) > 0),
          `${s.iso3} at band ${band}`,
        ).toBe(true);
        expect(pathAtBand(s, band)).toMatch(/^M/);
      }
  });

  it('draws fewer points the further out the zoom band', () => {
    const all = shapes.reduce((n, s) => n + s.polygons.flat().reduce((m, r) => m + r.length, 0), 0);
    const atDefault = points(bandOf(DEFAULT_CAMERA.zoom));
    expect(points(MAX_ZOOM)).toBeLessThanOrEqual(all);
    expect(atDefault).toBeLessThan(points(MAX_ZOOM));
    expect(points(1)).toBeLessThan(atDefault);
  });

  it('draws a border shared by two countries with the same points on both sides', () => {
    // France and Spain, Poland and Ukraine: every drawn point of one that lies on the other's
    // outline at full detail is drawn by the other too (no slivers, no gaps between them).
    const key = ([x, y]: [number, number]) => `${x.toFixed(3)},${y.toFixed(3)}`;
    for (const [a, b] of [
      ['FRA', 'ESP'],
      ['POL', 'UKR'],
    ] as const) {
      const [sa, sb] = [a, b].map((iso3) => shapes.find((s) => s.iso3 === iso3)!);
      const full = new Set(sb!.polygons.flat(2).map((p) => key([p[0] * 8, p[1] * 8])));
      for (const band of [1, 3, 5]) {
        const w = 512 * 2 ** band;
        const drawn = (s: typeof sa) =>
          shapeAtBand(s!, band)
            .flat(2)
            .map(([x, y]) => key([(x / w) * 8, (y / w) * 8]));
        const onBorder = drawn(sa).filter((k) => full.has(k));
        expect(onBorder.length, `${a}–${b} at band ${band}`).toBeGreaterThan(2);
        const other = new Set(drawn(sb));
        expect(
          onBorder.filter((k) => !other.has(k)),
          `${a}–${b} at band ${band}`,
        ).toEqual([]);
      }
    }
  });
});

describe('picking on the SVG map', () => {
  const at = (iso3: string, dx = 0, dy = 0) => {
    const [lon, lat] = labelPointOf(iso3);
    const p = project(DEFAULT_CAMERA, size, lon, lat);
    return { x: p.x + dx, y: p.y + dy };
  };
  const pick = (point: { x: number; y: number }, dimmed: string[] = []) =>
    pickOnSvg({
      shapes,
      labels: spots,
      dimmed: new Set(dimmed),
      camera: DEFAULT_CAMERA,
      size,
      point,
      tolerance: TOLERANCE.mouse,
    });

  it('picks the country under the pointer', () => {
    for (const iso3 of ['FRA', 'DEU', 'POL', 'UKR', 'ESP']) {
      expect(countryUnder(shapes, DEFAULT_CAMERA, size, at(iso3))).toBe(iso3);
      expect(pick(at(iso3))).toBe(iso3);
    }
  });

  it('gives a micro-state’s marker the press near it, over its big neighbour', () => {
    const near = at('LUX', 8, 6);
    expect(countryUnder(shapes, DEFAULT_CAMERA, size, near)).not.toBe('LUX');
    expect(pick(near)).toBe('LUX');
    // Dimmed by the filter, the marker is gone and the neighbour under the pointer wins.
    expect(pick(near, ['LUX'])).toBe(countryUnder(shapes, DEFAULT_CAMERA, size, near));
  });

  it('on the sea, picks a coast within the tolerance, and nothing far out', () => {
    const biscay = project(DEFAULT_CAMERA, size, -2.6, 46.6);
    expect(countryUnder(shapes, DEFAULT_CAMERA, size, biscay)).toBeNull();
    expect(pick(biscay)).toBe('FRA');
    const atlantic = project(DEFAULT_CAMERA, size, -20, 45);
    expect(pick(atlantic)).toBeNull();
  });
});
