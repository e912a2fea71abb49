/**
 * What the map shows, as the bounds a lesson step keeps (lesson-schema.ts's `bounds`): the
 * builder's "Add this view as a step" captures them, and the stage shows them again with
 * `fitBounds`, which leaves a padding around them. So the bounds are the view less that padding:
 * fitted again on a map of the same size, they give the same picture. Web Mercator, as both maps
 * draw it (512-px tiles); pure, so it needs neither renderer.
 */
import type { Camera } from '@/store/url-state';
import type { Bounds } from './fit-keeper';

/** fitBounds' padding (fit-keeper.ts): the view's edge that a fit leaves around its bounds. */
export const FIT_PADDING = 40;
const TILE = 512;
/** The schema's limits: no world copies, and the Mercator square's usable latitudes. */
const MAX_LON = 180;
const MAX_LAT = 85;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const toUnit = (lon: number, lat: number): [number, number] => {
  const phi = (clamp(lat, -85.05, 85.05) * Math.PI) / 180;
  return [0.5 + lon / 360, 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)];
};
const fromUnit = (u: number, v: number): [number, number] => [
  (u - 0.5) * 360,
  (Math.atan(Math.sinh((0.5 - v) * 2 * Math.PI)) * 180) / Math.PI,
];
const round = (v: number) => Math.round(v * 1e4) / 1e4;

/** The map's container (its CSS size) is enough: `clientWidth`, `clientHeight`. */
export function viewBoundsOf(
  camera: Camera,
  box: { clientWidth: number; clientHeight: number },
  padding = FIT_PADDING,
): Bounds {
  const size = { width: box.clientWidth, height: box.clientHeight };
  const world = TILE * 2 ** camera.zoom;
  const [cu, cv] = toUnit(camera.lon, camera.lat);
  // A map smaller than twice the padding still has a view: keep a quarter of it.
  const px = Math.min(padding, size.width / 4);
  const py = Math.min(padding, size.height / 4);
  const at = (x: number, y: number) =>
    fromUnit(cu + (x - size.width / 2) / world, cv + (y - size.height / 2) / world);
  const [west, north] = at(px, py);
  const [east, south] = at(size.width - px, size.height - py);
  const w = round(clamp(west, -MAX_LON, MAX_LON));
  const e = round(clamp(east, -MAX_LON, MAX_LON));
  const s = round(clamp(south, -MAX_LAT, MAX_LAT));
  const n = round(clamp(north, -MAX_LAT, MAX_LAT));
  // Never empty (the schema wants west < east and south < north), even at the world's edge.
  return [
    Math.min(w, e - 0.01),
    Math.min(s, n - 0.01),
    Math.max(e, w + 0.01),
    Math.max(n, s + 0.01),
  ];
}
