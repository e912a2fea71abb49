/**
 * Which country a click or hover on the SVG map means: the same rules as on MapLibre
 * (picking.ts: micro-state markers win within the tolerance, then the country under the pointer,
 * then on the sea the nearest country drawn within the tolerance), computed geometrically on
 * the shapes the SVG map draws (svg-geometry.ts), so it is pure and works without layout.
 */
import type { Camera } from '@/store/url-state';
import { pickCountry, type ScreenCandidate } from './picking';
import { bandOf, project, toUnit, worldSize, type Point, type Size } from './svg-camera';
import { segDist2, shapeAtBand, type Shape } from './svg-geometry';

/** Zoom at which micro-state markers have faded out (map-style.ts: the marker layer's maxzoom). */
export const MARKER_MAX_ZOOM = 6.5;

export interface LabelSpot {
  iso3: string;
  lon: number;
  lat: number;
  small: boolean;
}

/** The screen point in the band's world pixels. */
function toBand(camera: Camera, size: Size, p: Point, band: number): [number, number] {
  const [cu, cv] = toUnit(camera.lon, camera.lat);
  const k = worldSize(camera.zoom);
  const u = cu + (p.x - size.width / 2) / k;
  const v = cv + (p.y - size.height / 2) / k;
  const w = worldSize(band);
  return [u * w, v * w];
}

function inRing(ring: readonly [number, number][], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Even-odd fill, as the SVG paths are drawn (holes are holes). */
export function shapeContains(shape: Shape, band: number, x: number, y: number): boolean {
  let inside = false;
  for (const rings of shapeAtBand(shape, band))
    for (const ring of rings) if (inRing(ring, x, y)) inside = !inside;
  return inside;
}

/** Distance (band px) from a point to the shape's outline. */
export function shapeDistance(shape: Shape, band: number, x: number, y: number): number {
  let best = Infinity;
  for (const rings of shapeAtBand(shape, band))
    for (const ring of rings)
      for (let i = 1; i < ring.length; i++)
        best = Math.min(best, segDist2([x, y], ring[i - 1]!, ring[i]!));
  return Math.sqrt(best);
}

const bboxNear = (s: Shape, band: number, x: number, y: number, pad: number) => {
  const w = worldSize(band);
  return (
    x >= s.bbox[0] * w - pad &&
    x <= s.bbox[2] * w + pad &&
    y >= s.bbox[1] * w - pad &&
    y <= s.bbox[3] * w + pad
  );
};

/** The country drawn under a screen point (the last drawn wins, as on screen), or null. */
export function countryUnder(
  shapes: readonly Shape[],
  camera: Camera,
  size: Size,
  p: Point,
): string | null {
  const band = bandOf(camera.zoom);
  const [x, y] = toBand(camera, size, p, band);
  for (let i = shapes.length - 1; i >= 0; i--) {
    const s = shapes[i]!;
    if (bboxNear(s, band, x, y, 0) && shapeContains(s, band, x, y)) return s.iso3;
  }
  return null;
}

export function pickOnSvg(opts: {
  shapes: readonly Shape[];
  labels: readonly LabelSpot[];
  dimmed: ReadonlySet<string>;
  camera: Camera;
  size: Size;
  point: Point;
  tolerance: number;
}): string | null {
  const { shapes, labels, dimmed, camera, size, point, tolerance } = opts;
  const band = bandOf(camera.zoom);
  const [x, y] = toBand(camera, size, point, band);
  // The tolerance is in screen pixels; the band's pixels are 2^(zoom - band) times smaller.
  const pad = tolerance / 2 ** (camera.zoom - band);
  const near = new Set(
    shapes
      .filter((s) => bboxNear(s, band, x, y, pad))
      .filter((s) => shapeContains(s, band, x, y) || shapeDistance(s, band, x, y) <= pad)
      .map((s) => s.iso3),
  );
  const markers = camera.zoom < MARKER_MAX_ZOOM;
  const candidates: ScreenCandidate[] = [];
  for (const l of labels) {
    if (!l.small && !near.has(l.iso3)) continue;
    if (l.small && dimmed.has(l.iso3)) continue;
    const p = project(camera, size, l.lon, l.lat);
    candidates.push({ iso3: l.iso3, x: p.x, y: p.y, small: l.small && markers });
  }
  return pickCountry({
    point,
    under: countryUnder(shapes, camera, size, point),
    candidates,
    tolerance,
  });
}
