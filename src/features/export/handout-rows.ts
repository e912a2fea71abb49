/**
 * The handout's table: every country in the data with its type, main condition, one short
 * quote, a source and the date of its position, on the date the map shows, in the reader's
 * language (`f`: dates, country names, the alphabet's order). Pure.
 */
import type { Dataset } from '@/datasets/dataset';
import { positionAt } from '@/datasets/dataset';
import {
  COMMITMENT_TYPE_IDS,
  WEAK_FLAGS,
  type CommitmentTypeId,
  type Position,
  type Quote,
} from '@/datasets/schemas';
import { englishText, shorten } from '@/datasets/vocabulary';
import type { Formatter } from '@/i18n';

export interface HandoutRow {
  iso3: string;
  name: string;
  type: CommitmentTypeId | null;
  /** The main condition (a string of the record); null with a position: none stated. */
  condition: Position['conditions'][number] | null;
  /** Whether the country has a position by then (else: "No position yet"). */
  hasPosition: boolean;
  quote: { text: string; speaker: string; date: string } | null;
  source: string;
  /** The position's date, formatted; '' without a position. */
  date: string;
}

const QUOTE_MAX = 150;

/**
 * The words a class reads, in the reader's language where the record has them: words spoken
 * in it (the quote itself, or the original it translates), else the translation the localised
 * dataset holds (the reader's language where translated, else English).
 */
export function readerText(q: Quote, lang: string): string {
  if (lang !== 'en') {
    if (q.lang === lang) return q.text;
    if (q.original?.lang === lang) return q.original.text;
  }
  return englishText(q);
}

export function handoutRows(dataset: Dataset, asOf: string | null, f: Formatter): HandoutRow[] {
  const rank = (t: CommitmentTypeId | null) => (t ? COMMITMENT_TYPE_IDS.indexOf(t) : 99);
  return dataset.countries
    .map((c): HandoutRow => {
      const p = positionAt(c, asOf);
      // The shortest quote said by then: the one most likely to be read whole.
      const said = c.quotes.filter((q) => asOf === null || q.date.slice(0, 10) <= asOf);
      const text = (q: Quote) => readerText(q, f.lang);
      const q = [...said].sort((a, b) => text(a).length - text(b).length)[0];
      const strong = p?.sources
        .map((id) => dataset.sources.get(id))
        .find((s) => s && !s.flags.some((fl) => WEAK_FLAGS.includes(fl)));
      return {
        iso3: c.iso3,
        name: f.countryName(c.iso3, c.name),
        type: p?.type ?? null,
        condition: p?.conditions[0] ?? null,
        hasPosition: !!p,
        quote: q
          ? {
              text: shorten(text(q), QUOTE_MAX),
              speaker: q.speaker,
              date: f.shortDate(q.date),
            }
          : null,
        source: strong
          ? `${strong.publisher}${strong.date ? `, ${f.shortDate(strong.date)}` : ''}`
          : '',
        date: p ? f.shortDate(p.asOf) : '',
      };
    })
    .sort((a, b) => rank(a.type) - rank(b.type) || f.compare(a.name, b.name));
}
