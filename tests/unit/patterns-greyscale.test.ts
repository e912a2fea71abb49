import { describe, expect, it } from 'vitest';
import { COMMITMENT_TYPE_IDS } from '@/datasets/schemas';
import { patternImage } from '@/theme/patterns';

/**
 * Issue 12, point 11: on a black-and-white copy every pair of types must differ by pattern, not
 * just by tone (two mid-greys with a similar texture read as one). Each pattern is reduced to
 * its motif — which pixels carry the ink — and every pair of motifs must differ in at least half
 * of the pixels either one inks (Jaccard distance ≥ 0.5), whatever the tones: no motif is
 * mostly another one (an anti-diagonal inside a cross-hatch, verticals inside a grid).
 */
const MIN_DIFFERENT = 0.5;

/** The ink pixels: those whose grey is not the tile's most common (the fill's) grey. */
function motif(type: (typeof COMMITMENT_TYPE_IDS)[number]): boolean[] {
  const { data } = patternImage(type);
  const greys: number[] = [];
  for (let i = 0; i < data.length; i += 4)
    greys.push(Math.round(0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!));
  const counts = new Map<number, number>();
  for (const g of greys) counts.set(g, (counts.get(g) ?? 0) + 1);
  const fill = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  return greys.map((g) => g !== fill);
}

describe('patterns in greyscale', () => {
  it('draw ink that differs in tone from the fill, in every type', () => {
    for (const t of COMMITMENT_TYPE_IDS) expect(motif(t).some(Boolean), t).toBe(true);
  });

  it('keep every pair of types apart by their motif', () => {
    const close: string[] = [];
    COMMITMENT_TYPE_IDS.forEach((a, i) =>
      COMMITMENT_TYPE_IDS.slice(i + 1).forEach((b) => {
        const [ma, mb] = [motif(a), motif(b)];
        const union = ma.filter((v, k) => v || mb[k]).length;
        const differ = ma.filter((v, k) => v !== mb[k]).length / union;
        if (differ < MIN_DIFFERENT) close.push(`${a}~${b} ${(differ * 100).toFixed(0)}%`);
      }),
    );
    expect(close).toEqual([]);
  });
});
