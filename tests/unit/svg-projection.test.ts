/**
 * The SVG map's projection against MapLibre's own: `map.project()` is
 * `transform.locationToScreenPoint()` (maplibre-gl src/ui/map.ts), so the test runs MapLibre's
 * MercatorTransform itself, from the TypeScript source the installed package ships (the bundle
 * needs WebGL and a window). Every label point in the data, at several cameras and screen sizes,
 * lands within 0.5 px of where MapLibre puts it: `#map=ZOOM/LAT/LON` is one view in both.
 */
import { describe, expect, it } from 'vitest';
import { project } from '@/features/map/svg-camera';
import { DEFAULT_CAMERA } from '@/features/map/map-adapter';
import { realLabels } from '../support/real-map-data';

interface MapLibreTransform {
  resize(width: number, height: number): void;
  setZoom(zoom: number): void;
  setCenter(center: unknown): void;
  readonly zoom: number;
  readonly center: { lng: number; lat: number };
  locationToScreenPoint(lngLat: unknown): { x: number; y: number };
}
// Paths held in variables: TypeScript leaves MapLibre's source out of our type check.
const SRC = '../../node_modules/maplibre-gl/src/geo';
const { MercatorTransform } = (await import(
  /* @vite-ignore */ `${SRC}/projection/mercator_transform.ts`
)) as { MercatorTransform: new (o: object) => MapLibreTransform };
const { LngLat } = (await import(/* @vite-ignore */ `${SRC}/lng_lat.ts`)) as {
  LngLat: new (lng: number, lat: number) => unknown;
};

const cameras = [
  DEFAULT_CAMERA,
  { zoom: 1.5, lat: 20, lon: 0 },
  { zoom: 4.5, lat: 48.9, lon: 2.3 },
  { zoom: 6.2, lat: 49.6, lon: 6.1 },
  { zoom: 8.7, lat: 43.73, lon: 7.42 },
];
const sizes = [
  { width: 1280, height: 634 },
  { width: 1920, height: 1080 },
  { width: 390, height: 500 },
];
const places = realLabels.features.map((f) => f.geometry.coordinates as [number, number]);

describe('the SVG projection and MapLibre’s project()', () => {
  it('put every label point on the same pixel (within 0.5 px)', () => {
    expect(places.length).toBeGreaterThan(0);
    let worst = 0;
    for (const cam of cameras)
      for (const size of sizes) {
        const t = new MercatorTransform({
          minZoom: 1,
          maxZoom: 9,
          minPitch: 0,
          maxPitch: 60,
          renderWorldCopies: false,
        });
        t.resize(size.width, size.height);
        t.setZoom(cam.zoom);
        t.setCenter(new LngLat(cam.lon, cam.lat));
        // MapLibre may constrain the camera (no world copies): compare at the one it keeps.
        const camera = { zoom: t.zoom, lat: t.center.lat, lon: t.center.lng };
        for (const [lon, lat] of places) {
          const q = t.locationToScreenPoint(new LngLat(lon, lat));
          const p = project(camera, size, lon, lat);
          worst = Math.max(worst, Math.abs(p.x - q.x), Math.abs(p.y - q.y));
        }
      }
    expect(worst).toBeLessThan(0.5);
  });
});
