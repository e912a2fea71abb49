/**
 * Which countries the SVG map gives path data: those whose bounding box meets the view grown by
 * a tenth of its size on every side; a pan writes the few it brings near (cached path data: one
 * attribute each), svg-scene.ts. At the default view that is 88 countries of 240 and 56% of the
 * points (a margin of half a view kept 176 and 82%). Without a measured size (no layout), all.
 */
import type { Camera } from '@/store/url-state';
import { toUnit, worldSize, type Size } from './svg-camera';
import { pathAtBand, type Shape } from './svg-geometry';

/** The margin around the view, in views. */
export const VIEW_MARGIN = 0.1;

/** A test of a unit-square bounding box [minU, minV, maxU, maxV] against the view and margin. */
export function nearView(camera: Camera, size: Size) {
  if (!(size.width > 0 && size.height > 0)) return () => true;
  const [cu, cv] = toUnit(camera.lon, camera.lat);
  const w = worldSize(camera.zoom);
  const hx = ((0.5 + VIEW_MARGIN) * size.width) / w;
  const hy = ((0.5 + VIEW_MARGIN) * size.height) / w;
  return (b: readonly [number, number, number, number]) =>
    b[0] <= cu + hx && b[2] >= cu - hx && b[1] <= cv + hy && b[3] >= cv - hy;
}

/** Writes path data for the countries near the view (once per band), and empties the rest. */
export function createPathWriter() {
  /** The band each path's data was written for; a country without one has empty data. */
  const drawn = new Map<string, number>();
  return {
    /** Every path is due for new data (a new band, new data, a forced redraw). */
    reset: () => drawn.clear(),
    write(
      shapes: readonly Shape[],
      paths: ReadonlyMap<string, SVGPathElement>,
      band: number,
      camera: Camera,
      size: Size,
    ) {
      const near = nearView(camera, size);
      for (const s of shapes) {
        const node = paths.get(s.iso3)!;
        if (near(s.bbox)) {
          if (drawn.get(s.iso3) === band) continue;
          node.setAttribute('d', pathAtBand(s, band));
          drawn.set(s.iso3, band);
        } else if (drawn.delete(s.iso3)) node.setAttribute('d', '');
      }
    },
  };
}
