import type { CommitmentTypeId } from '@/datasets/schemas';
import { PALETTE } from '@/theme/palette';
import { patternDataUrl } from '@/theme/patterns';
import './swatch.css';

const cache = new Map<CommitmentTypeId, string | null>();
const urlFor = (t: CommitmentTypeId) => {
  if (!cache.has(t)) cache.set(t, patternDataUrl(t));
  return cache.get(t) ?? null;
};

/**
 * A type's colour — and its pattern when `patterns` is on, exactly as the map draws it (the
 * caller passes the same value the map gets: `usePatternsShown()`).
 */
export function Swatch({ type, patterns }: { type: CommitmentTypeId; patterns: boolean }) {
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

/** A plain colour with no type behind it: the map's grey for countries with no position. */
export function ColourSwatch({ color }: { color: string }) {
  return <span className="swatch" aria-hidden="true" style={{ backgroundColor: color }} />;
}
