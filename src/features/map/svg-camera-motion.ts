/**
 * The SVG map's camera over time: jumps, eased moves (skipped when motion is reduced), the
 * `moveend` that tells the app where the map settled, and the `fitBounds`/`movestart`/`resize`
 * surface that fit-keeper.ts expects of a map (so a lesson step stays fitted, as on MapLibre).
 */
import type { Camera } from '@/store/url-state';
import { constrain, fitCamera, lerpCamera, unproject, zoomAround, type Size } from './svg-camera';

type Listener = (e: { originalEvent?: unknown }) => void;

export function createSvgCamera(opts: {
  initial: Camera;
  size: () => Size;
  reducedMotion: boolean;
  draw: (camera: Camera) => void;
}) {
  let camera = opts.initial;
  let frame = 0;
  const listeners = { movestart: new Set<Listener>(), resize: new Set<Listener>() };
  const ends = new Set<(c: Camera) => void>();
  const stop = () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  };
  const set = (c: Camera) => {
    camera = constrain(c, opts.size());
    opts.draw(camera);
  };
  const settle = () => ends.forEach((cb) => cb(camera));

  /** A move straight to `c`; `byUser` (a drag, a pinch, the wheel) lets go of a kept fit. */
  const jump = (c: Camera, byUser = false) => {
    stop();
    if (byUser) listeners.movestart.forEach((l) => l({ originalEvent: true }));
    set(c);
  };
  const easeTo = (target: Camera, duration: number) => {
    stop();
    listeners.movestart.forEach((l) => l({}));
    const to = constrain(target, opts.size());
    if (opts.reducedMotion || duration <= 0) {
      set(to);
      return settle();
    }
    const from = camera;
    const t0 = performance.now();
    // The clock is read here, not taken from the frame's timestamp (jsdom's is another clock).
    const step = () => {
      const t = Math.min(1, (performance.now() - t0) / duration);
      set(lerpCamera(from, to, 1 - (1 - t) ** 3)); // ease-out
      if (t < 1) frame = requestAnimationFrame(step);
      else {
        frame = 0;
        settle();
      }
    };
    frame = requestAnimationFrame(step);
  };

  return {
    camera: () => camera,
    jump,
    settle,
    easeTo,
    zoomTo: (zoom: number) => {
      const s = opts.size();
      easeTo(zoomAround(camera, s, zoom, { x: s.width / 2, y: s.height / 2 }), 250);
    },
    fitBounds(
      bounds: [number, number, number, number],
      o: { padding: number; maxZoom: number; animate?: boolean; duration?: number },
    ) {
      easeTo(fitCamera(bounds, opts.size(), o), o.animate === false ? 0 : (o.duration ?? 800));
    },
    // What fit-keeper.ts needs to keep the top-left corner still when the panel resizes the map.
    getContainer: () => {
      const s = opts.size();
      return { clientWidth: s.width, clientHeight: s.height };
    },
    unproject: (p: [number, number]) => unproject(camera, opts.size(), { x: p[0], y: p[1] }),
    jumpTo: ({ center }: { center: [number, number] }) =>
      jump({ ...camera, lon: center[0], lat: center[1] }),
    on(type: 'movestart' | 'resize', l: Listener) {
      listeners[type].add(l);
    },
    /** The container changed size: same centre and zoom (constrained), as MapLibre keeps them. */
    resized() {
      set(camera);
      listeners.resize.forEach((l) => l({}));
    },
    onMoveEnd(cb: (c: Camera) => void) {
      ends.add(cb);
      return () => void ends.delete(cb);
    },
    destroy: stop,
  };
}
