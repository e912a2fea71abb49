/**
 * Which of the record's countries lie outside the map's view, from the settled camera and the
 * map's size alone (pure, unit-tested): the same Web Mercator maths MapLibre uses, with its
 * 512 px world at zoom 0. Five of the forty (the US, Canada, Japan, Australia, New Zealand) sit
 * outside the opening view of Europe, and nothing said so (issue 12, point 10).
 */
import type { Camera } from '@/store/url-state';

const WORLD = 512;
const MAX_LAT = 85.051129;

export interface Size {
  width: number;
  height: number;
}
export interface PlacedCountry {
  iso3: string;
  name: string;
  lon: number;
  lat: number;
}

/** World pixel of a longitude/latitude at a zoom (y grows southward). */
export function worldPixel(lon: number, lat: number, zoom: number): [number, number] {
  const size = WORLD * 2 ** zoom;
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  const x = ((lon + 180) / 360) * size;
  const y = (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * size;
  return [x, y];
}

/** Whether a point falls inside a map of this size, at least `inset` px from every edge. */
export function inView(lon: number, lat: number, camera: Camera, size: Size, inset = 0) {
  const [cx, cy] = worldPixel(camera.lon, camera.lat, camera.zoom);
  const [x, y] = worldPixel(lon, lat, camera.zoom);
  const [dx, dy] = [x - cx, y - cy];
  return Math.abs(dx) <= size.width / 2 - inset && Math.abs(dy) <= size.height / 2 - inset;
}

/**
 * The countries whose label point is outside the view, by name (`compare`: the reader's
 * alphabet). A size of 0 knows nothing.
 */
export function offscreen<T extends PlacedCountry>(
  countries: readonly T[],
  camera: Camera,
  size: Size,
  compare: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): T[] {
  if (size.width <= 0 || size.height <= 0) return [];
  return countries
    .filter((c) => !inView(c.lon, c.lat, camera, size))
    .sort((a, b) => compare(a.name, b.name));
}
