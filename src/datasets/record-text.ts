/**
 * The record's own words (issue 15): every block of English a reader sees that comes from the
 * data files, under a stable key, so that a translation can be kept beside it in
 * data/i18n/<lang>/record.json and checked against the English it was made from.
 *
 * Keys name where a block lives, not what it says (an English edit must leave the key alone and
 * mark the translation stale instead). Lists are keyed by position: an insertion shifts the keys
 * after it, and the hash of the English each translation records then marks them stale, so a
 * translation can go out of date but never sit beside the wrong English unmarked.
 */
import type { CoalitionFile, Country, Quote } from './schemas';
import type { CorrectionsFile, Source } from './schemas';

export interface RecordBlock {
  key: string;
  /** The English shown today. */
  english: string;
  /**
   * What a translation is made from. For a quote's translation, the words as spoken (never the
   * English rendering: a quote is not re-translated from a translation); else the English.
   */
  from: string;
  /** The language of `from`. */
  fromLang: string;
  /** Where the English sits (the object and field that hold it), for localise-dataset.ts. */
  at: { holder: object; field: string | number };
}

const block = <T extends object>(
  key: string,
  holder: T,
  field: keyof T & (string | number),
): RecordBlock => ({
  key,
  english: holder[field] as string,
  from: holder[field] as string,
  fromLang: 'en',
  at: { holder, field },
});

function quoteBlocks(q: Quote): RecordBlock[] {
  // A rendering in the reader's language is made from the words as spoken. A quote known only
  // through a published translation (`spokenIn` without `original`) gets none: translating it
  // would re-translate a translation, so the reader sees the published words, labelled.
  const spoken = q.original ?? (q.spokenIn ? null : { text: q.text, lang: q.lang });
  return [
    block(`quote.${q.id}.role`, q, 'role'),
    ...(q.context ? [block(`quote.${q.id}.context`, q, 'context')] : []),
    ...(spoken
      ? [
          {
            key: `quote.${q.id}.translation`,
            english: q.lang === 'en' ? q.text : (q.translation?.text ?? q.text),
            from: spoken.text,
            fromLang: spoken.lang,
            // The reader's rendering becomes the quote's `translation` (in their language).
            at: { holder: q, field: 'translation' },
          },
        ]
      : []),
  ];
}

function countryBlocks(c: Country): RecordBlock[] {
  const at = `country.${c.iso3}`;
  return [
    ...c.leaders.map((l, i) => block(`${at}.leaders.${i}.role`, l, 'role')),
    ...c.positions.flatMap((p) => {
      const pos = `${at}.position.${p.asOf}`;
      return [
        block(`${pos}.summary`, p, 'summary'),
        ...p.offers.map((_, i) => block(`${pos}.offers.${i}`, p.offers, i)),
        ...p.conditions.map((k, i) => block(`${pos}.conditions.${i}`, k, 'text')),
        ...(p.confidenceNote ? [block(`${pos}.confidenceNote`, p, 'confidenceNote')] : []),
      ];
    }),
    ...(c.noSummitPosition ? [block(`${at}.noSummitPosition`, c, 'noSummitPosition')] : []),
    ...(c.notes ?? []).map((n, i) => block(`${at}.notes.${i}`, n, 'text')),
    ...c.quotes.flatMap(quoteBlocks),
  ];
}

function coalitionBlocks(k: CoalitionFile): RecordBlock[] {
  const sameDay = new Map<string, number>();
  return [
    block('summit.place', k.summit, 'place'),
    ...k.summit.facts.map((f, i) => block(`summit.facts.${i}`, f, 'text')),
    ...k.types.map((t) => block(`types.${t.id}.description`, t, 'description')),
    ...k.confidence.map((c) => block(`confidence.${c.id}.description`, c, 'description')),
    ...k.quotes.flatMap(quoteBlocks),
    ...k.seedClaims.flatMap((s, i) => [
      block(`seedClaims.${i}.claim`, s, 'claim'),
      block(`seedClaims.${i}.note`, s, 'note'),
    ]),
    // Keyed by date and order within the day: an event added on another day shifts nothing.
    ...k.timeline.flatMap((e) => {
      const n = sameDay.get(e.date) ?? 0;
      sameDay.set(e.date, n + 1);
      const at = `timeline.${e.date}.${n}`;
      return [block(`${at}.title`, e, 'title'), block(`${at}.summary`, e, 'summary')];
    }),
    block('parisDeclaration.title', k.parisDeclaration, 'title'),
    ...k.parisDeclaration.points.map((p, i) => block(`parisDeclaration.points.${i}`, p, 'text')),
  ];
}

/** Every translatable block of the record, in file order; keys are unique (unit-tested). */
export function recordBlocks(record: {
  countries: readonly Country[];
  coalition: CoalitionFile;
  corrections?: CorrectionsFile;
  sources?: readonly Source[];
}): RecordBlock[] {
  return [
    ...record.countries.flatMap(countryBlocks),
    ...coalitionBlocks(record.coalition),
    ...sourceBlocks(record.sources),
    ...correctionBlocks(record.corrections),
  ];
}

/** The editors' notes on sources (About's source list): "Cites Politico.", "Based on LRT." */
export const sourceBlocks = (sources: readonly Source[] | undefined): RecordBlock[] =>
  (sources ?? []).flatMap((s) => (s.note ? [block(`source.${s.id}.note`, s, 'note')] : []));

/** The corrections log's blocks (About loads that file on its own). */
export const correctionBlocks = (file: CorrectionsFile | undefined): RecordBlock[] =>
  (file?.corrections ?? []).flatMap((c) =>
    (['subject', 'before', 'after', 'why'] as const).map((part) =>
      block(`corrections.${c.id}.${part}`, c, part),
    ),
  );
