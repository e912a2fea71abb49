/**
 * Keyboard travel on the map: from one country, the arrow keys go to the nearest country in
 * that direction. Pure, on precomputed label points, so it is fast and unit-tested.
 */
export type Direction = 'up' | 'down' | 'left' | 'right';

export interface LabelPoint {
  iso3: string;
  lon: number;
  lat: number;
}

const VECTORS: Record<Direction, [number, number]> = {
  up: [0, 1],
  down: [0, -1],
  left: [-1, 0],
  right: [1, 0],
};

/**
 * The candidate with the lowest cost in the 120° cone around the direction, where cost is the
 * distance grown by how far off-axis the candidate lies (so "right" from France prefers Germany
 * over Poland, and over Italy, which is more down than right). Longitudes are scaled by the
 * cosine of the mean latitude, as on the map. Null when nothing lies that way.
 */
export function neighbourInDirection(
  points: readonly LabelPoint[],
  fromIso3: string,
  direction: Direction,
): string | null {
  const from = points.find((p) => p.iso3 === fromIso3);
  if (!from) return null;
  const [vx, vy] = VECTORS[direction];
  let best: { iso3: string; cost: number } | null = null;
  for (const p of points) {
    if (p.iso3 === from.iso3) continue;
    const k = Math.cos((((from.lat + p.lat) / 2) * Math.PI) / 180);
    const dx = (p.lon - from.lon) * k;
    const dy = p.lat - from.lat;
    const dist = Math.hypot(dx, dy);
    if (dist === 0) continue;
    const cos = (dx * vx + dy * vy) / dist;
    if (cos < 0.5) continue; // outside the ±60° cone
    const cost = dist * (1 + 2 * (1 - cos));
    if (!best || cost < best.cost) best = { iso3: p.iso3, cost };
  }
  return best?.iso3 ?? null;
}
