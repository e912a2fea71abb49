/**
 * The handout's table: every country in the data with its type, main condition, one short
 * quote, a source and the date of its position, on the date the map shows. Pure.
 */
import type { Dataset } from '@/datasets/dataset';
import { positionAt } from '@/datasets/dataset';
import { COMMITMENT_TYPE_IDS, WEAK_FLAGS, type CommitmentTypeId } from '@/datasets/schemas';
import { englishText, formatShortDate, shorten } from '@/datasets/vocabulary';

export interface HandoutRow {
  iso3: string;
  name: string;
  type: CommitmentTypeId | null;
  condition: string;
  quote: { text: string; byline: string } | null;
  source: string;
  date: string;
}

const QUOTE_MAX = 150;

export function handoutRows(dataset: Dataset, asOf: string | null): HandoutRow[] {
  const rank = (t: CommitmentTypeId | null) => (t ? COMMITMENT_TYPE_IDS.indexOf(t) : 99);
  return dataset.countries
    .map((c): HandoutRow => {
      const p = positionAt(c, asOf);
      // The shortest quote said by then: the one most likely to be read whole.
      const said = c.quotes.filter((q) => asOf === null || q.date.slice(0, 10) <= asOf);
      const q = [...said].sort((a, b) => englishText(a).length - englishText(b).length)[0];
      const strong = p?.sources
        .map((id) => dataset.sources.get(id))
        .find((s) => s && !s.flags.some((f) => WEAK_FLAGS.includes(f)));
      return {
        iso3: c.iso3,
        name: c.name,
        type: p?.type ?? null,
        condition: p ? (p.conditions[0]?.text ?? 'None stated') : '',
        quote: q
          ? {
              text: shorten(englishText(q), QUOTE_MAX),
              byline: `${q.speaker}, ${formatShortDate(q.date)}`,
            }
          : null,
        source: strong
          ? `${strong.publisher}${strong.date ? `, ${formatShortDate(strong.date)}` : ''}`
          : '',
        date: p ? formatShortDate(p.asOf) : 'No position yet',
      };
    })
    .sort((a, b) => rank(a.type) - rank(b.type) || a.name.localeCompare(b.name, 'en'));
}
