/**
 * The per-type patterns of src/theme/patterns.ts as SVG: the same 12-px motif, drawn as one
 * background square and one path of ink pixels (crisp at any zoom, no images). Pure.
 */
import type { CommitmentTypeId } from '@/datasets/schemas';
import { PALETTE, textColorOn } from '@/theme/palette';
import { patternId, patternImage, PATTERN_SIZE } from '@/theme/patterns';

export interface SvgPattern {
  id: string;
  size: number;
  fill: string;
  ink: string;
  /** One 1×1 square per ink pixel of the theme's pattern image. */
  d: string;
}

export function svgPattern(type: CommitmentTypeId): SvgPattern {
  const img = patternImage(type);
  const fill = PALETTE[type].color;
  const ink = textColorOn(fill);
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [fr, fg, fb] = rgb(fill);
  let d = '';
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4;
      // Every pixel is the fill or the ink: one that is not the fill is ink.
      if (img.data[i] !== fr || img.data[i + 1] !== fg || img.data[i + 2] !== fb)
        d += `M${x} ${y}h1v1h-1z`;
    }
  return { id: patternId(type), size: PATTERN_SIZE, fill, ink, d };
}
