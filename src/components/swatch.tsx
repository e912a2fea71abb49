import type { CommitmentTypeId } from '@/datasets/schemas';
import { usePatterns, useProjector } from '@/store/hooks';
import { PALETTE } from '@/theme/palette';
import { patternDataUrl } from '@/theme/patterns';

const cache = new Map<CommitmentTypeId, string | null>();
const urlFor = (t: CommitmentTypeId) => {
  if (!cache.has(t)) cache.set(t, patternDataUrl(t));
  return cache.get(t) ?? null;
};

/** A type's colour — and its pattern when patterns are on, exactly as the map draws it. */
export function Swatch({ type }: { type: CommitmentTypeId }) {
  const patternsOn = usePatterns();
  const projector = useProjector();
  const patterns = patternsOn || projector; // as on the map (use-map-sync.ts)
  const url = patterns ? urlFor(type) : null;
  return (
    <span
      className="swatch"
      aria-hidden="true"
      style={{
        backgroundColor: PALETTE[type].color,
        backgroundImage: url ? `url(${url})` : undefined,
      }}
    />
  );
}
