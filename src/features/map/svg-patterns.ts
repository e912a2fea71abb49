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
  const inkR = parseInt(ink.slice(1, 3), 16);
  const fillR = parseInt(fill.slice(1, 3), 16);
  let d = '';
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++) {
      const r = img.data[(y * img.width + x) * 4]!;
      // A pixel is ink when it has the ink's red channel (and the fill's differs from it).
      if (r === inkR && r !== fillR) d += `M${x} ${y}h1v1h-1z`;
    }
  return { id: patternId(type), size: PATTERN_SIZE, fill, ink, d };
}
