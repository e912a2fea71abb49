/**
 * The SVG map's camera is MapLibre's: at zoom z the world is 512·2^z px (512-px tiles), Web
 * Mercator, centred on the camera. The expected pixels here come from that formula written out
 * independently (MapLibre's mercatorXfromLng / mercatorYfromLat), not from the code under test.
 */
import { describe, expect, it } from 'vitest';
import {
  constrain,
  fitCamera,
  panCamera,
  project,
  unproject,
  zoomAround,
  bandOf,
} from '@/features/map/svg-camera';
import { DEFAULT_CAMERA } from '@/features/map/map-adapter';

const mx = (lon: number) => (180 + lon) / 360;
const my = (lat: number) =>
  (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
const maplibrePixel = (
  cam: { zoom: number; lat: number; lon: number },
  size: { width: number; height: number },
  lon: number,
  lat: number,
) => {
  const w = 512 * 2 ** cam.zoom;
  return {
    x: (mx(lon) - mx(cam.lon)) * w + size.width / 2,
    y: (my(lat) - my(cam.lat)) * w + size.height / 2,
  };
};

const cameras = [
  DEFAULT_CAMERA,
  { zoom: 4.5, lat: 48.9, lon: 2.3 },
  { zoom: 6.2, lat: 49.6, lon: 6.1 },
];
const sizes = [
  { width: 1280, height: 634 },
  { width: 390, height: 500 },
];
const places: [number, number][] = [
  [2.35, 48.86], // Paris
  [30.52, 50.45], // Kyiv
  [-9.14, 38.72], // Lisbon
  [14.51, 35.9], // Valletta
  [-21.9, 64.1], // Reykjavík
];

describe('the SVG camera', () => {
  it('puts every place on the pixel MapLibre’s formula gives (within 0.5 px)', () => {
    for (const cam of cameras)
      for (const size of sizes)
        for (const [lon, lat] of places) {
          const p = project(cam, size, lon, lat);
          const q = maplibrePixel(cam, size, lon, lat);
          expect(Math.abs(p.x - q.x)).toBeLessThan(0.5);
          expect(Math.abs(p.y - q.y)).toBeLessThan(0.5);
        }
  });

  it('unprojects a pixel back to its place', () => {
    const size = sizes[0]!;
    for (const [lon, lat] of places) {
      const [l, p] = unproject(DEFAULT_CAMERA, size, project(DEFAULT_CAMERA, size, lon, lat));
      expect(l).toBeCloseTo(lon, 6);
      expect(p).toBeCloseTo(lat, 6);
    }
  });

  it('keeps the camera of a deep link when nothing constrains it', () => {
    const cam = { zoom: 4.5, lat: 48.9, lon: 2.3 };
    const c = constrain(cam, sizes[0]!);
    expect(c.zoom).toBe(cam.zoom);
    expect(c.lat).toBeCloseTo(cam.lat, 9);
    expect(c.lon).toBeCloseTo(cam.lon, 9);
  });

  it('zooms in until the world fills a screen wider than it, as MapLibre does', () => {
    const size = { width: 1920, height: 1000 };
    const c = constrain({ zoom: 1, lat: 0, lon: 0 }, size);
    expect(512 * 2 ** c.zoom).toBeCloseTo(1920, 6);
  });

  it('pans by pixels: the place at (x + dx, y + dy) comes to the centre', () => {
    const size = sizes[0]!;
    const target = unproject(DEFAULT_CAMERA, size, { x: 640 + 120, y: 317 - 120 });
    const c = panCamera(DEFAULT_CAMERA, size, 120, -120);
    expect(c.lon).toBeCloseTo(target[0], 9);
    expect(c.lat).toBeCloseTo(target[1], 9);
  });

  it('zooms around the pointer: the place under it stays under it', () => {
    const size = sizes[0]!;
    const anchor = { x: 300, y: 200 };
    const before = unproject(DEFAULT_CAMERA, size, anchor);
    const c = zoomAround(DEFAULT_CAMERA, size, DEFAULT_CAMERA.zoom + 1, anchor);
    const p = project(c, size, before[0], before[1]);
    expect(p.x).toBeCloseTo(anchor.x, 6);
    expect(p.y).toBeCloseTo(anchor.y, 6);
  });

  it('fits bounds inside the padding, capped at the maximum zoom', () => {
    const size = sizes[0]!;
    const bounds = [-10, 35, 30, 60] as const;
    const c = fitCamera(bounds, size, { padding: 40, maxZoom: 6 });
    const sw = project(c, size, bounds[0], bounds[1]);
    const ne = project(c, size, bounds[2], bounds[3]);
    expect(sw.x).toBeGreaterThanOrEqual(40 - 1e-6);
    expect(ne.y).toBeGreaterThanOrEqual(40 - 1e-6);
    expect(ne.x).toBeLessThanOrEqual(size.width - 40 + 1e-6);
    expect(sw.y).toBeLessThanOrEqual(size.height - 40 + 1e-6);
    // One side touches its padding (the bounds are fitted, not merely contained).
    expect(Math.min(sw.x, ne.y, size.width - ne.x, size.height - sw.y)).toBeCloseTo(40, 6);
    expect(fitCamera([6, 49.4, 6.5, 50.2], size, { padding: 40, maxZoom: 6 }).zoom).toBe(6);
  });

  it('draws each zoom with the shapes of its whole zoom band', () => {
    expect([0.5, 1, 3.2, 3.99, 9.5].map(bandOf)).toEqual([1, 1, 3, 3, 9]);
  });
});
