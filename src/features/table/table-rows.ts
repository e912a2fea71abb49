/**
 * The table's rows, pure: one per country the filter and search show, sortable by column.
 * The CSV export writes exactly these rows, so what a teacher downloads is what they see.
 */
import type { Dataset } from '@/datasets/dataset';
import { isTypeShown, matchesSearch, positionAt } from '@/datasets/dataset';
import {
  COMMITMENT_TYPE_IDS,
  type CommitmentTypeId,
  type Confidence,
  type Position,
  type Source,
} from '@/datasets/schemas';

export interface TableRow {
  iso3: string;
  name: string;
  type: CommitmentTypeId | null;
  confidence: Confidence | null;
  mainCondition: string;
  /** The condition the main condition's text comes from (a string of the record). */
  condition: Position['conditions'][number] | null;
  asOf: string | null;
  sources: Source[];
}

export type SortKey = 'name' | 'type' | 'confidence' | 'asOf';
export interface Sort {
  key: SortKey;
  dir: 'ascending' | 'descending';
}

const CONFIDENCE_ORDER: Record<Confidence, number> = { official: 0, reported: 1, inferred: 2 };

export function tableRows(
  dataset: Dataset,
  opts: {
    asOf: string | null;
    shownTypes: readonly CommitmentTypeId[];
    search: string;
    /** The name shown (the reader's language); the search finds it and the record's name. */
    nameOf?: (iso3: string, name: string) => string;
  },
): TableRow[] {
  return dataset.countries
    .filter((c) => {
      const shown = opts.nameOf?.(c.iso3, c.name);
      return (
        matchesSearch(c, opts.search) ||
        (!!shown && matchesSearch({ iso3: c.iso3, name: shown }, opts.search))
      );
    })
    .map((c): TableRow => {
      const p = positionAt(c, opts.asOf);
      return {
        iso3: c.iso3,
        name: opts.nameOf?.(c.iso3, c.name) ?? c.name,
        type: p?.type ?? null,
        confidence: p?.confidence ?? null,
        mainCondition: p?.conditions[0]?.text ?? '',
        condition: p?.conditions[0] ?? null,
        asOf: p?.asOf ?? null,
        sources: (p?.sources ?? [])
          .map((id) => dataset.sources.get(id))
          .filter((s): s is Source => !!s),
      };
    })
    .filter((r) => isTypeShown(r.type ?? undefined, opts.shownTypes));
}

const keyOf: Record<SortKey, (r: TableRow) => string | number> = {
  name: (r) => r.name,
  type: (r) => (r.type ? COMMITMENT_TYPE_IDS.indexOf(r.type) : 99),
  confidence: (r) => (r.confidence ? CONFIDENCE_ORDER[r.confidence] : 9),
  asOf: (r) => r.asOf ?? '',
};

const english = (a: string, b: string) => a.localeCompare(b, 'en');

/**
 * Stable sort; ties fall back to the country name so the order never looks random. Names sort
 * the way the reader's alphabet does (`compare`: the formatter's), English by default.
 */
export function sortRows(
  rows: readonly TableRow[],
  sort: Sort,
  compare: (a: string, b: string) => number = english,
): TableRow[] {
  const k = keyOf[sort.key];
  const sign = sort.dir === 'ascending' ? 1 : -1;
  const cmp = (a: string | number, b: string | number) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : compare(String(a), String(b));
  return [...rows].sort((a, b) => sign * cmp(k(a), k(b)) || compare(a.name, b.name));
}
