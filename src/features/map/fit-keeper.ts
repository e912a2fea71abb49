/**
 * Keeps the map still while the layout resizes it under the reader.
 *
 * A lesson step fits the camera to its countries, and then the page often resizes the map: the
 * step opens a country's panel, projector mode moves the legend, a 4:3 projector is plugged in.
 * MapLibre keeps the centre and zoom on resize, so the step's countries slid half out of view.
 * Until someone moves the map by hand (an event with an `originalEvent`, or the adapter's keyboard
 * pan and zoom) or the lesson ends, every resize refits the step's bounds at once.
 *
 * Outside a step, a resize keeps the map's top-left corner where it was: the country panel
 * opening on the right narrows the map, and with MapLibre's kept centre everything slid ~200 px
 * left, so the next click at the same spot picked a different country (issue 12, point 5).
 * Written against a structural type: only the adapter imports MapLibre.
 */
export type Bounds = readonly [number, number, number, number];

interface FitOptions {
  padding: number;
  maxZoom: number;
  animate?: boolean;
  duration?: number;
}
export interface FittableMap<C = unknown> {
  fitBounds(bounds: [number, number, number, number], options: FitOptions): unknown;
  on(type: 'movestart' | 'resize', listener: (e: { originalEvent?: unknown }) => void): unknown;
  getContainer(): { clientWidth: number; clientHeight: number };
  /** A point of the container (CSS px) → its longitude/latitude, in the form `jumpTo` takes. */
  unproject(point: [number, number]): C;
  jumpTo(options: { center: C }): unknown;
}

const OPTIONS = { padding: 40, maxZoom: 6 };

/**
 * Where, in the resized map's pixels, the centre must go so that what was at the old top-left
 * corner is there again (same zoom): the old centre was at old/2, it is now at new/2.
 */
export const anchoredCentre = (old: [number, number], now: [number, number]): [number, number] => [
  now[0] - old[0] / 2,
  now[1] - old[1] / 2,
];

export function keepFitted<C>(map: FittableMap<C>, reducedMotion: boolean) {
  let kept: Bounds | null = null;
  const sizeNow = (): [number, number] => {
    const c = map.getContainer();
    return [c.clientWidth, c.clientHeight];
  };
  let size = sizeNow();
  map.on('movestart', (e) => {
    if (e.originalEvent) kept = null;
  });
  map.on('resize', () => {
    const [old, now] = [size, sizeNow()];
    size = now;
    if (kept) map.fitBounds([...kept], { ...OPTIONS, animate: false });
    // A map that was hidden (0×0) has no corner to keep: it comes back with its own centre.
    else if (old[0] > 0 && old[1] > 0 && now[0] > 0 && now[1] > 0)
      map.jumpTo({ center: map.unproject(anchoredCentre(old, now)) });
  });
  /** `null` lets go of the last bounds: the lesson ended, or the keyboard moved the map. */
  const fit = (bounds: Bounds | null) => {
    kept = bounds;
    if (!bounds) return;
    map.fitBounds(
      [...bounds],
      reducedMotion ? { ...OPTIONS, animate: false } : { ...OPTIONS, duration: 800 },
    );
  };
  /** The bounds kept now (handed from the SVG map to MapLibre: use-map-adapters.ts). */
  fit.kept = () => kept;
  return fit;
}
