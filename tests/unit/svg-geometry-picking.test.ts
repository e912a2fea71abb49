/**
 * The SVG map's shapes and picking, on the real boundaries: simplification per zoom band keeps
 * every country (micro-states included) and cuts the points; a click picks what the map shows.
 */
import { describe, expect, it } from 'vitest';
import { bandOf, MAX_ZOOM, MIN_ZOOM, project } from '@/features/map/svg-camera';
import { pathAtBand, prepareShape, shapeAtBand, simplifyRing } from '@/features/map/svg-geometry';
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

describe('SVG map geometry', () => {
  it('keeps every country, micro-states included, at every zoom band', () => {
    const small = spots.filter((s) => s.small).map((s) => s.iso3);
    expect(small.length).toBeGreaterThan(0); // the data has micro-states to keep
    for (let band = MIN_ZOOM; band <= MAX_ZOOM; band++)
      for (const s of shapes) {
        const polys = shapeAtBand(s, band);
        expect(polys.length, `${s.iso3} at band ${band}`).toBeGreaterThan(0);
        expect(polys[0]![0]!.length, `${s.iso3} at band ${band}`).toBeGreaterThanOrEqual(4);
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

  it('simplifies a ring within the tolerance and keeps it closed', () => {
    const ring: [number, number][] = [
      [0, 0],
      [5, 0.1],
      [10, 0],
      [10, 10],
      [5, 9.9],
      [0, 10],
      [0, 0],
    ];
    const out = simplifyRing(ring, 0.5);
    expect(out).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ]);
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
