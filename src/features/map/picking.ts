/**
 * Which country a click or tap means. Micro-states (Luxembourg, Malta…) are a few pixels wide
 * at the zooms a class uses, so a press within the tolerance of one of their markers picks
 * them even over the big neighbour under the pointer (as OWID does for hover). Otherwise the
 * country under the pointer wins; on the sea, the nearest country within the tolerance.
 */
export const TOLERANCE = { mouse: 20, touch: 26 } as const;
/** Radius of a micro-state's marker (map-style.ts): the tolerance counts from its edge. */
export const MARKER_RADIUS = 7;

export interface ScreenCandidate {
  iso3: string;
  /** Screen position of the country's label point or marker, CSS pixels. */
  x: number;
  y: number;
  /** Drawn with a marker because its shape is too small to hit. */
  small: boolean;
}

export function pickCountry(opts: {
  point: { x: number; y: number };
  /** The country under the pointer, if any. */
  under: string | null;
  /**
   * Small countries' markers (anywhere near), and countries drawn within the tolerance box
   * around the pointer (`small: false`), each at its label point.
   */
  candidates: readonly ScreenCandidate[];
  tolerance: number;
}): string | null {
  const { point, under, candidates, tolerance } = opts;
  const dist = (c: ScreenCandidate) => Math.hypot(c.x - point.x, c.y - point.y);
  const nearest = (cs: readonly ScreenCandidate[]) =>
    cs.reduce<ScreenCandidate | null>((b, c) => (!b || dist(c) < dist(b) ? c : b), null);

  const small = nearest(candidates.filter((c) => c.small && dist(c) - MARKER_RADIUS <= tolerance));
  if (small) return small.iso3;
  if (under) return under;
  // On the sea: the nearby country whose label point is closest.
  return nearest(candidates.filter((c) => !c.small))?.iso3 ?? null;
}
