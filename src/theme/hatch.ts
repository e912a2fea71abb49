/**
 * Patterns as plain vector shapes, for paper. Chromium's PDF output turns an SVG <pattern> into
 * a 72-dpi image (measured: the handout's patterned countries came out as 377-px-wide images
 * for a 500-px map), so the printed picture draws each type's motif instead as one path of
 * rectangles over the area its countries cover, clipped to them: crisp at any DPI. Rows of
 * ink pixels become runs, and identical rows one under the other become one taller rectangle,
 * which keeps a full picture's path to tens of kilobytes. Pure; unit-tested.
 */
import type { CommitmentTypeId } from '@/datasets/schemas';
import { patternImage } from '@/theme/patterns';
import { PALETTE } from '@/theme/palette';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Whether the pixel (x, y) of the type's motif is ink (the motif repeats every tile). */
export function motifInk(type: CommitmentTypeId): (x: number, y: number) => boolean {
  const img = patternImage(type);
  const fill = [1, 3, 5].map((i) => parseInt(PALETTE[type].color.slice(i, i + 2), 16));
  // As svg-patterns.ts: every pixel is the fill or the ink, so one that is not the fill is ink.
  const ink = Array.from({ length: img.width * img.height }, (_, i) =>
    [0, 1, 2].some((c) => img.data[i * 4 + c] !== fill[c]),
  );
  const mod = (v: number, n: number) => ((v % n) + n) % n;
  return (x, y) => ink[mod(y, img.height) * img.width + mod(x, img.width)]!;
}

/** Path data of the ink pixels in the box (whole pixels), as merged rectangles. */
export function hatchPath(ink: (x: number, y: number) => boolean, box: Box): string {
  const [x0, y0] = [Math.floor(box.x0), Math.floor(box.y0)];
  const [x1, y1] = [Math.ceil(box.x1), Math.ceil(box.y1)];
  const runsOf = (y: number) => {
    const runs: [number, number][] = [];
    for (let x = x0; x < x1; x++) {
      if (!ink(x, y)) continue;
      const last = runs[runs.length - 1];
      if (last && last[1] === x) last[1] = x + 1;
      else runs.push([x, x + 1]);
    }
    return runs;
  };
  let d = '';
  let open: { key: string; runs: [number, number][]; from: number } | null = null;
  const close = (to: number) => {
    if (open)
      for (const [a, b] of open.runs)
        d += `M${a} ${open.from}h${b - a}v${to - open.from}h${a - b}z`;
  };
  for (let y = y0; y < y1; y++) {
    const runs = runsOf(y);
    const key = runs.map((r) => r.join(',')).join(' ');
    if (open && open.key === key) continue;
    close(y);
    open = { key, runs, from: y };
  }
  close(y1);
  return d;
}
