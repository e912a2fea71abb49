/**
 * A legend swatch for paper: the type's colour and its motif as vector rectangles (theme/hatch.ts),
 * the same hatching as the handout's map. A pattern image as a CSS background printed as a
 * 12-px raster, soft and stepped at printer resolution.
 */
import type { CommitmentTypeId } from '@/datasets/schemas';
import { PALETTE, textColorOn } from '@/theme/palette';
import { hatchPath, motifInk } from '@/theme/hatch';

/** 30 pattern pixels across a 6-mm swatch: the motif's 12-pixel tile is 2.4 mm. */
const SIDE = 30;

/** `className` sizes it on its page (the handout's, a lesson's printed pages). */
export function PaperSwatch({ type, className }: { type: CommitmentTypeId; className: string }) {
  const { color } = PALETTE[type];
  const d = hatchPath(motifInk(type), { x0: 0, y0: 0, x1: SIDE, y1: SIDE });
  return (
    <svg className={className} viewBox={`0 0 ${SIDE} ${SIDE}`} aria-hidden="true" data-type={type}>
      <rect width={SIDE} height={SIDE} fill={color} />
      <path d={d} fill={textColorOn(color)} shapeRendering="crispEdges" />
    </svg>
  );
}
