/**
 * What changed between two dates, as one rule for every place that shows it: the date switch's
 * "Changed since …" list and outlines, a `?compare=` link, and a lesson's `changes` block and
 * outline. A country whose first position comes between the dates changed too (from "no
 * position recorded"): leaving it out would hide countries that entered the record.
 */
import { typeAt } from './dataset';
import type { CommitmentTypeId, Country } from './schemas';

/** A date to compare: an ISO day, or `null` for the latest known. */
export type AsOf = string | null;

export interface TypeChange {
  iso3: string;
  name: string;
  /** Type on the earlier date; `null` when no position was recorded yet. */
  from: CommitmentTypeId | null;
  to: CommitmentTypeId | null;
}

/** Chronological order of two dates, the latest known (`null`) after every day. */
export function compareAsOf(a: AsOf, b: AsOf): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The two dates in chronological order. */
export const inOrder = (a: AsOf, b: AsOf): [AsOf, AsOf] =>
  compareAsOf(a, b) <= 0 ? [a, b] : [b, a];

/**
 * Countries whose type differs between the two dates (given in either order), with their type
 * on the earlier date first, in the order of `countries`.
 */
export function changesBetween(countries: readonly Country[], a: AsOf, b: AsOf): TypeChange[] {
  const [earlier, later] = inOrder(a, b);
  if (compareAsOf(earlier, later) === 0) return [];
  return countries.flatMap((c) => {
    const from = typeAt(c, earlier) ?? null;
    const to = typeAt(c, later) ?? null;
    return from === to ? [] : [{ iso3: c.iso3, name: c.name, from, to }];
  });
}
