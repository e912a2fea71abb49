/**
 * Keeps a lesson step's bounds in view while the layout changes under the map.
 *
 * A step fits the camera to its countries, and then the page often resizes the map: the step
 * opens a country's panel, projector mode moves the legend, a 4:3 projector is plugged in.
 * MapLibre keeps the centre and zoom on resize, so the step's countries slid half out of view.
 * Until someone moves the map by hand (an event with an `originalEvent`, or the adapter's keyboard
 * pan and zoom) or the lesson ends, every resize refits the step's bounds at once. Written
 * against a structural type: only the adapter imports MapLibre.
 */
export type Bounds = readonly [number, number, number, number];

interface FitOptions {
  padding: number;
  maxZoom: number;
  animate?: boolean;
  duration?: number;
}
export interface FittableMap {
  fitBounds(bounds: [number, number, number, number], options: FitOptions): unknown;
  on(type: 'movestart' | 'resize', listener: (e: { originalEvent?: unknown }) => void): unknown;
}

const OPTIONS = { padding: 40, maxZoom: 6 };

export function keepFitted(map: FittableMap, reducedMotion: boolean) {
  let kept: Bounds | null = null;
  map.on('movestart', (e) => {
    if (e.originalEvent) kept = null;
  });
  map.on('resize', () => {
    if (kept) map.fitBounds([...kept], { ...OPTIONS, animate: false });
  });
  /** `null` lets go of the last bounds: the lesson ended, or the keyboard moved the map. */
  return (bounds: Bounds | null) => {
    kept = bounds;
    if (!bounds) return;
    map.fitBounds(
      [...bounds],
      reducedMotion ? { ...OPTIONS, animate: false } : { ...OPTIONS, duration: 800 },
    );
  };
}
