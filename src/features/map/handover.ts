/**
 * The SVG map and MapLibre as one adapter while MapLibre draws its first frame under the SVG map
 * (map-view.tsx). Every command reaches both, so the selection, filter, outlines and display are
 * already the same when MapLibre takes over; what the reader does (clicks, hover, moves) comes
 * from the one on screen, the SVG map, and MapLibre follows its camera. The store stays the
 * truth: nothing here keeps state of its own.
 */
import type { MapAdapter } from './map-adapter';

export function bothMaps(front: MapAdapter, back: MapAdapter): MapAdapter {
  back.jumpTo(front.getCamera());
  const follow = front.onMoveEnd((camera) => back.jumpTo(camera));
  const both =
    <A extends unknown[]>(f: (m: MapAdapter) => (...args: A) => void) =>
    (...args: A) => {
      f(front)(...args);
      f(back)(...args);
    };
  return {
    setData: both((m) => m.setData),
    setDimmed: both((m) => m.setDimmed),
    setSelected: both((m) => m.setSelected),
    setFocused: both((m) => m.setFocused),
    setHighlighted: both((m) => m.setHighlighted),
    setDisplay: both((m) => m.setDisplay),
    setMessages: both((m) => m.setMessages),
    jumpTo: both((m) => m.jumpTo),
    // Kept by both (a lesson step's bounds are still kept after the handover).
    fitBounds: both((m) => m.fitBounds),
    // Moves of the front map; its moveend brings MapLibre along.
    revealCountry: (which) => front.revealCountry(which),
    panBy: (dx, dy) => front.panBy(dx, dy),
    zoomBy: (delta) => front.zoomBy(delta),
    getCamera: () => front.getCamera(),
    keptBounds: () => front.keptBounds(),
    viewBounds: () => front.viewBounds(),
    drawn: () => front.drawn(),
    snapshot: (options) => front.snapshot(options),
    canvas: () => front.canvas(),
    vector: (picture) => front.vector(picture),
    vectorNow: (picture) => front.vectorNow(picture),
    onCountryClick: (cb) => front.onCountryClick(cb),
    onHover: (cb) => front.onHover(cb),
    onMoveEnd: (cb) => front.onMoveEnd(cb),
    // Each map is destroyed by its owner (map-view.tsx); this only stops the following.
    destroy: follow,
  };
}
