/**
 * The printed picture's patterns as vector rectangles (theme/hatch.ts): they must cover exactly
 * the motif's ink pixels, for every type, wherever the box starts.
 */
import { describe, expect, it } from 'vitest';
import { hatchPath, motifInk } from '@/theme/hatch';
import { COMMITMENT_TYPE_IDS } from '@/datasets/schemas';
import { patternImage, PATTERN_SIZE } from '@/theme/patterns';

/** Paints the path's rectangles (M x y h w v h h -w z) into a set of pixels. */
function paint(d: string): Set<string> {
  const on = new Set<string>();
  for (const m of d.matchAll(/M(-?\d+) (-?\d+)h(\d+)v(\d+)h-?\d+z/g)) {
    const [x, y, w, h] = m.slice(1).map(Number) as [number, number, number, number];
    for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) on.add(`${i},${j}`);
  }
  return on;
}

describe('vector hatching for paper', () => {
  it.each(COMMITMENT_TYPE_IDS)('covers exactly the ink pixels of %s', (type) => {
    const ink = motifInk(type);
    const box = { x0: -7, y0: 5, x1: 41, y1: 60 };
    const d = hatchPath(ink, box);
    expect(d).toMatch(/^(M-?\d+ -?\d+h\d+v\d+h-\d+z)*$/);
    const on = paint(d);
    let expected = 0;
    for (let y = box.y0; y < box.y1; y++)
      for (let x = box.x0; x < box.x1; x++) {
        expect(on.has(`${x},${y}`)).toBe(ink(x, y));
        if (ink(x, y)) expected++;
      }
    expect(on.size).toBe(expected);
  });

  it('reads the motif from the theme’s pattern image, tile after tile', () => {
    const img = patternImage('troops');
    const ink = motifInk('troops');
    const inkAt = (x: number, y: number) => {
      const i = (y * img.width + x) * 4;
      return [0, 1, 2].map((c) => img.data[i + c]);
    };
    // Ink pixels share one colour, different from pixel fill ones, and repeat every tile.
    const inkColour = inkAt(0, 0).join();
    expect(ink(0, 0)).toBe(true); // troops: (x + y) % 4 === 0
    expect(ink(1, 0)).toBe(false);
    expect(ink(PATTERN_SIZE, PATTERN_SIZE)).toBe(ink(0, 0));
    expect(inkAt(4, 0).join()).toBe(inkColour);
  });

  it('merges rows into rectangles: a full-width stripe pattern is a few rectangles', () => {
    const d = hatchPath(motifInk('non-military'), { x0: 0, y0: 0, x1: 500, y1: 380 });
    // Horizontal stripes two pixels high every six: one rectangle each.
    expect(d.match(/M/g)).toHaveLength(Math.ceil(380 / 6));
  });
});
