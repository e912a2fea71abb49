/**
 * MapLibre's frames, kept beside the adapter (their only importer): the click's redraw put off
 * by one (a MapLibre internal), and the names after the countries.
 */

/**
 * MapLibre asks for a redraw on every mouseup (its pan handler ends), so a click's panel would
 * wait behind a full map frame (100-250 ms under software WebGL) before it can be painted.
 * The click needs nothing from that frame: it is put off by one, so the panel paints first (the
 * selection outline follows a frame later anyway, afterNextPaint). Uses MapLibre's private
 * `_frameRequest`: only the MapLibre adapter imports this file, and
 * tests/dom/maplibre-internals.test.tsx fails when a MapLibre upgrade drops that field (the click
 * would still work, only slower).
 */
export function redrawAfterNextPaint(map: { triggerRepaint(): void }) {
  const m = map as unknown as { _frameRequest?: AbortController | null };
  if (!(m._frameRequest instanceof AbortController)) return;
  m._frameRequest.abort();
  m._frameRequest = null;
  requestAnimationFrame(() => map.triggerRepaint());
}

/**
 * Adds the names one idle after the countries (with fadeDuration 0, in a single frame), and
 * resolves at the idle after them: the map drawn, when the SVG map hands over to it
 * (use-map-adapters.ts).
 */
export function labelsAfterCountries(
  map: {
    on(e: 'idle', cb: () => void): unknown;
    off(e: 'idle', cb: () => void): unknown;
    once(e: 'idle'): Promise<unknown>;
    querySourceFeatures(source: string): unknown[];
  },
  countries: string,
  addLabels: () => void,
): Promise<void> {
  return new Promise((resolve) => {
    const addWhenDrawn = () => {
      if (map.querySourceFeatures(countries).length === 0) return;
      map.off('idle', addWhenDrawn);
      addLabels();
      void map.once('idle').then(() => resolve());
    };
    map.on('idle', addWhenDrawn);
  });
}
