/**
 * Defers work (a map update, a focus move) until the page has painted what React just committed.
 *
 * Under software WebGL one map frame costs 100–250 ms, and MapLibre draws in the same animation
 * frame as the page. A selection applied at once makes the map redraw before the panel it opened
 * can be painted; deferred, the panel paints in the first frame and the outline follows in the
 * next. (A click on the map itself would still share its first frame with the redraw MapLibre
 * asks for on every mouseup; the adapter puts that one off too, maplibre-frame.ts.)
 */

/**
 * Runs `fn` after the next frame has been painted: a `requestAnimationFrame` callback runs just
 * before that frame's paint, and a task it queues runs after it. Returns a cancel function,
 * so that a newer choice replaces a pending one (an effect's cleanup).
 */
export function afterNextPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  const later = () => {
    timer = setTimeout(fn, 0);
  };
  // Where nothing paints (no requestAnimationFrame), a plain task is the next best thing.
  if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(later);
  else later();
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
