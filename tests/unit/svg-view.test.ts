/**
 * Which countries get path data on the SVG map: those near the view (svg-view.ts), by their
 * bounding boxes from the real boundaries.
 */
import { describe, expect, it } from 'vitest';
import { nearView } from '@/features/map/svg-view';
import { prepareShape } from '@/features/map/svg-geometry';
import { DEFAULT_CAMERA } from '@/features/map/map-adapter';
import { realMapData } from '../support/real-map-data';

const shapes = realMapData().countries.features.map((f) =>
  prepareShape(f.properties.iso3, f.geometry),
);
const bbox = (iso3: string) => shapes.find((s) => s.iso3 === iso3)!.bbox;

describe('countries near the view', () => {
  it('at the default view: Europe and its neighbours, not the far side of the world', () => {
    const near = nearView(DEFAULT_CAMERA, { width: 1280, height: 800 });
    for (const iso3 of ['FRA', 'UKR', 'PRT', 'ISL', 'TUR', 'RUS'])
      expect(near(bbox(iso3)), iso3).toBe(true);
    for (const iso3 of ['AUS', 'JPN', 'ARG', 'NZL']) expect(near(bbox(iso3)), iso3).toBe(false);
    expect(shapes.filter((s) => near(s.bbox)).length).toBeLessThan(shapes.length / 2);
  });

  it('all of them when the map has no size yet (no layout)', () => {
    const near = nearView(DEFAULT_CAMERA, { width: 0, height: 0 });
    expect(shapes.every((s) => near(s.bbox))).toBe(true);
  });
});
