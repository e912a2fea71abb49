/**
 * Which map is on screen. Both chunks load at once: the SVG map (a small chunk) draws the
 * coloured countries as soon as the data is in, at the address's camera, while MapLibre's code
 * (~800 KB) downloads and compiles. MapLibre's map starts once the SVG map has drawn (or failed,
 * or after START_CAP_MS): its WebGL context, shaders and worker cost hundreds of milliseconds of
 * main thread under software WebGL, which delayed the coloured SVG map when both started at
 * once (bench/RESULTS.md). MapLibre draws under the SVG map, driven through both (handover.ts),
 * and takes over in place once it has drawn: same camera, same state, nothing moves. Without
 * WebGL 2 the SVG map simply stays, with a note.
 */
import { useEffect, useState, type RefObject } from 'react';
import { WebGLUnavailableError, type MapAdapter, type MapAdapterFactory } from './map-adapter';
import type { MapAdapterOptions } from './map-adapter';
import { bothMaps } from './handover';
import { afterNextPaint } from '@/components/after-paint';
import { msg, type Msg } from '@/i18n';

/** MapLibre waits at most this long for the SVG map's first drawing (slow data, say). */
const START_CAP_MS = 2500;

const NO_WEBGL = msg('map.noWebGL');

export function useMapAdapters(
  factories: { main: MapAdapterFactory; svg: MapAdapterFactory },
  mainRef: RefObject<HTMLDivElement | null>,
  svgRef: RefObject<HTMLDivElement | null>,
  options: Omit<MapAdapterOptions, 'container'>,
) {
  const [adapter, setAdapter] = useState<MapAdapter | null>(null);
  const [simpler, setSimpler] = useState(false);
  const [failure, setFailure] = useState<Msg | null>(null);
  const [opts] = useState(options);
  const { main, svg } = factories;

  useEffect(() => {
    const mainBox = mainRef.current;
    const svgBox = svgRef.current;
    if (!mainBox || !svgBox) return;
    let live = true;
    let front: MapAdapter | null = null;
    let back: MapAdapter | null = null;
    let pair: MapAdapter | null = null;
    // MapLibre took over, or failed for another reason than WebGL: no SVG map from now on.
    let done = false;
    let noWebGL: Error | null = null;
    let svgFailed = false;
    const show = () => {
      pair?.destroy();
      pair = front && back ? bothMaps(front, back) : null;
      setAdapter(pair ?? front ?? back);
    };

    let startMain = () => {};
    const svgDrawnOrFailed = new Promise<void>((resolve) => (startMain = resolve));
    const cap = setTimeout(startMain, START_CAP_MS);
    void main.preload?.().catch(() => {}); // a failure is reported by main() itself
    svg({ ...opts, container: svgBox }).then(
      (a) => {
        if (!live || done) return a.destroy();
        front = a;
        show();
        // After the coloured map is painted, not in the frame that paints it.
        void a.drawn().then(() => afterNextPaint(startMain));
      },
      () => {
        svgFailed = true;
        startMain();
        if (noWebGL && live) setFailure(NO_WEBGL);
      },
    );
    void svgDrawnOrFailed.then(() => {
      clearTimeout(cap);
      if (live) startMaplibre();
    });
    const startMaplibre = () =>
      main({ ...opts, container: mainBox }).then(
        async (m) => {
          if (!live) return m.destroy();
          back = m;
          show();
          await m.drawn();
          if (!live) return;
          done = true;
          if (front) {
            // Same view, and the same bounds kept through resizes (a lesson step, a phone's opening).
            m.jumpTo(front.getCamera());
            const kept = front.keptBounds();
            if (kept) m.fitBounds(kept);
          }
          pair?.destroy();
          front?.destroy();
          front = pair = null;
          setAdapter(m);
        },
        (e: unknown) => {
          if (!live) return;
          if (e instanceof WebGLUnavailableError) {
            noWebGL = e;
            setSimpler(true);
            if (svgFailed) setFailure(NO_WEBGL);
            return;
          }
          done = true;
          front?.destroy();
          front = null;
          setAdapter(null);
          // MapLibre's own words (English) after the app's.
          const error = e instanceof Error ? e.message : String(e);
          setFailure(msg('map.startFailed', { error }));
        },
      );
    return () => {
      live = false;
      clearTimeout(cap);
      pair?.destroy();
      front?.destroy();
      back?.destroy();
    };
  }, [main, svg, mainRef, svgRef, opts]);

  return { adapter, simpler: simpler && !failure, failure };
}
