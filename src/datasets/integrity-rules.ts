/**
 * The editorial rules about evidence (data README, "Editorial rules"): what evidence gives each
 * type, when a source counts as published by a date, and what a full name is. Pure constants
 * and predicates, shared by the checks in integrity-*.ts.
 */
import type { Basis, CommitmentTypeId, Confidence } from './schemas';

/**
 * Same evidence, same type: what each basis (data README, "What evidence gives each type")
 * allows. Readiness that only the media report never makes `troops` or `troops-conditional`.
 */
export const BASIS_RULES: Readonly<
  Record<Basis, { type: CommitmentTypeId; confidence: readonly Confidence[] }>
> = {
  'own-pledge': { type: 'troops', confidence: ['official'] },
  'own-conditional-readiness': { type: 'troops-conditional', confidence: ['official'] },
  'reported-only': { type: 'undecided', confidence: ['reported'] },
  'own-undecided': { type: 'undecided', confidence: ['official'] },
  'own-support-outside': { type: 'outside', confidence: ['official'] },
  'own-non-military': { type: 'non-military', confidence: ['official'] },
  'own-no-pledge': { type: 'participant', confidence: ['official'] },
  'attendance-only': { type: 'participant', confidence: ['inferred'] },
  'us-backstop': { type: 'backstop', confidence: ['official', 'reported'] },
  'outside-coalition-reported': { type: 'not-member', confidence: ['reported'] },
  recipient: { type: 'recipient', confidence: ['official'] },
  'own-opposition': { type: 'opposed', confidence: ['official'] },
};

/** Types only the government's own word can give. */
export const OWN_WORD_TYPES: readonly CommitmentTypeId[] = ['troops'];

/**
 * Is a source dated `source` (YYYY-MM or YYYY-MM-DD) surely published on or before `day`?
 * A month-only date counts as its last day: it could be later in the month than `day`.
 */
export function publishedBy(source: string, day: string): boolean {
  if (source.length === 7) return source < day.slice(0, 7);
  return source <= day;
}

/** A name given in full has at least two words ("Dmitry Peskov", "Palazzo Chigi"). */
export const fullName = (name: string) => name.trim().split(/\s+/).length >= 2;
