/**
 * The SVG map's camera: the same Web Mercator view as MapLibre's, so `#map=ZOOM/LAT/LON` means
 * the same picture in both renderers. MapLibre draws 512-px tiles: at zoom z the whole world is
 * 512·2^z px wide (d3's Mercator scale 512·2^z / 2π). The projection itself is d3-geo's
 * `geoMercatorRaw`; pure and unit-tested (tests/unit/svg-camera.test.ts).
 */
import { geoMercatorRaw } from 'd3-geo';
import type { Camera } from '@/store/url-state';

export const TILE_SIZE = 512;
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 9;
/** MapLibre's latitude limit: the Mercator world is a square. */
export const MAX_LAT = 85.051129;

export interface Size {
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}

const RAD = Math.PI / 180;
const TAU = 2 * Math.PI;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export const worldSize = (zoom: number) => TILE_SIZE * 2 ** zoom;

/** Longitude/latitude → the unit world square (0..1, y down), as MapLibre's MercatorCoordinate. */
export function toUnit(lon: number, lat: number): [number, number] {
  const [x, y] = geoMercatorRaw(lon * RAD, clamp(lat, -MAX_LAT, MAX_LAT) * RAD);
  return [0.5 + x / TAU, 0.5 - y / TAU];
}

export function fromUnit(u: number, v: number): [number, number] {
  const [l, p] = geoMercatorRaw.invert!((u - 0.5) * TAU, (0.5 - v) * TAU);
  return [l / RAD, p / RAD];
}

/** Screen position (CSS px from the container's top left) of a longitude/latitude. */
export function project(camera: Camera, size: Size, lon: number, lat: number): Point {
  return projectUnit(camera, size, ...toUnit(lon, lat));
}

/** Screen position of a point of the unit world square (a shape's bounding box, say). */
export function projectUnit(camera: Camera, size: Size, u: number, v: number): Point {
  const w = worldSize(camera.zoom);
  const [cu, cv] = toUnit(camera.lon, camera.lat);
  return { x: (u - cu) * w + size.width / 2, y: (v - cv) * w + size.height / 2 };
}

export function unproject(camera: Camera, size: Size, p: Point): [number, number] {
  const w = worldSize(camera.zoom);
  const [cu, cv] = toUnit(camera.lon, camera.lat);
  return fromUnit(cu + (p.x - size.width / 2) / w, cv + (p.y - size.height / 2) / w);
}

/** The camera's centre and zoom as MapLibre constrains them (no world copies, world square). */
export function constrain(camera: Camera, size: Size): Camera {
  let zoom = clamp(camera.zoom, MIN_ZOOM, MAX_ZOOM);
  let [u, v] = toUnit(camera.lon, camera.lat);
  // A world narrower or shorter than the screen: MapLibre zooms in until it fills it.
  const fill = Math.max(size.width, size.height) / worldSize(zoom);
  if (fill > 1 && size.width > 0) {
    zoom += Math.log2(fill);
    if (size.width / worldSize(zoom) >= 1 - 1e-9) u = 0.5;
    if (size.height / worldSize(zoom) >= 1 - 1e-9) v = 0.5;
  }
  const w = worldSize(zoom);
  const hx = size.width / 2 / w;
  const hy = size.height / 2 / w;
  u = hx >= 0.5 ? 0.5 : clamp(u, hx, 1 - hx);
  v = hy >= 0.5 ? 0.5 : clamp(v, hy, 1 - hy);
  const [lon, lat] = fromUnit(u, v);
  return { zoom, lat, lon };
}

/** MapLibre's panBy([dx, dy]): the view moves by dx, dy pixels (the map slides the other way). */
export function panCamera(camera: Camera, size: Size, dx: number, dy: number): Camera {
  const [lon, lat] = unproject(camera, size, { x: size.width / 2 + dx, y: size.height / 2 + dy });
  return constrain({ zoom: camera.zoom, lat, lon }, size);
}

/** A new zoom keeping the place under `anchor` (the pointer, or the centre) where it is. */
export function zoomAround(camera: Camera, size: Size, zoom: number, anchor: Point): Camera {
  const z = clamp(zoom, MIN_ZOOM, MAX_ZOOM);
  const [alon, alat] = unproject(camera, size, anchor);
  const [au, av] = toUnit(alon, alat);
  const w = worldSize(z);
  const [lon, lat] = fromUnit(
    au - (anchor.x - size.width / 2) / w,
    av - (anchor.y - size.height / 2) / w,
  );
  return constrain({ zoom: z, lat, lon }, size);
}

/** MapLibre's fitBounds for [west, south, east, north] with a padding and a maximum zoom. */
export function fitCamera(
  bounds: readonly [number, number, number, number],
  size: Size,
  opts: { padding: number; maxZoom: number },
): Camera {
  const [w, s, e, n] = bounds;
  const [u0, v0] = toUnit(w, n);
  const [u1, v1] = toUnit(e, s);
  const availW = Math.max(1, size.width - 2 * opts.padding);
  const availH = Math.max(1, size.height - 2 * opts.padding);
  const scale = Math.min(availW / ((u1 - u0) * TILE_SIZE), availH / ((v1 - v0) * TILE_SIZE));
  const zoom = Math.min(Math.log2(scale), opts.maxZoom);
  const [lon, lat] = fromUnit((u0 + u1) / 2, (v0 + v1) / 2);
  return constrain({ zoom, lat, lon }, size);
}

/** A camera between two (for eased moves): interpolated in the unit square and in zoom. */
export function lerpCamera(a: Camera, b: Camera, t: number): Camera {
  const [au, av] = toUnit(a.lon, a.lat);
  const [bu, bv] = toUnit(b.lon, b.lat);
  const [lon, lat] = fromUnit(au + (bu - au) * t, av + (bv - av) * t);
  return { zoom: a.zoom + (b.zoom - a.zoom) * t, lat, lon };
}

/** The zoom band whose simplified shapes are drawn at this zoom (whole zooms, svg-geometry.ts). */
export const bandOf = (zoom: number) => clamp(Math.floor(zoom), MIN_ZOOM, MAX_ZOOM);
