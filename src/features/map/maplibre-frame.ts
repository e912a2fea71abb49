/**
 * A MapLibre internal, kept beside the adapter (its only importer): see redrawAfterNextPaint.
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
