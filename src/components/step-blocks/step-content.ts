/**
 * Turns a step's data references into what the class sees: quote words, counts, names and
 * conditions read from the dataset at the step's date. Pure, so the unit tests can check that
 * every number and quotation on a slide comes from here and not from the lesson's free text.
 * It holds no words of the interface: the view (step-block.tsx) says them in the reader's
 * language, and renders the record's strings from the objects that hold them (RecordText).
 */
import type { Dataset } from '@/datasets/dataset';
import { countByType, positionAt, typeAt } from '@/datasets/dataset';
import type { LessonBlock, StepDate } from '@/datasets/lesson-schema';
import type {
  CoalitionFile,
  CommitmentTypeId,
  Confidence,
  Position,
  Quote,
  Source,
  TimelineEvent,
} from '@/datasets/schemas';
import { changesBetween } from '@/datasets/changes';
import { recordOrigin } from '@/datasets/record-origin';

type Summit = CoalitionFile['summit'];
type Fact = Summit['facts'][number];

/** A country named by the data: its ISO code (the reader's name for it) and the record's name. */
export interface NamedCountry {
  iso3: string;
  name: string;
}

/** A string of the record, by the object (or list) that holds it and its field. */
export type RecordRef =
  | { of: Position; field: 'summary' }
  | { of: readonly string[]; field: number }
  | { of: Position['conditions'][number]; field: 'text' };

export type ResolvedBlock =
  | {
      kind: 'quote';
      id: string;
      quote: Quote;
      /** The words the class reads (a translation where they were not spoken in its language). */
      text: string;
      /** The original words when `text` is a translation. */
      original: { text: string; lang: string } | null;
      translatedBy: 'source' | 'editors' | null;
      /** The sources cited, credited by publisher. */
      sources: Source[];
    }
  | { kind: 'summit'; summit: Summit; sources: Source[] }
  | { kind: 'fact'; fact: Fact; text: string; sources: Source[] }
  | { kind: 'count'; date: string | null; rows: { type: CommitmentTypeId; count: number }[] }
  | {
      kind: 'countries';
      date: string | null;
      groups: { type: CommitmentTypeId; names: string[]; countries: NamedCountry[] }[];
    }
  | { kind: 'confidence'; date: string | null; rows: { level: Confidence; count: number }[] }
  | {
      kind: 'position';
      country: NamedCountry;
      part: 'summary' | 'offers' | 'conditions';
      asOf: string;
      items: string[];
      refs: RecordRef[];
    }
  | {
      kind: 'changes';
      from: string;
      to: string | null;
      rows: {
        iso3: string;
        name: string;
        from: CommitmentTypeId | null;
        to: CommitmentTypeId | null;
      }[];
    }
  | { kind: 'event'; event: TimelineEvent; text: string; sources: Source[] };

/** A title as written in English (the reference), however the lesson or the record is shown. */
const englishTitle = (holder: { title: string }) =>
  recordOrigin(holder, 'title')?.english ?? holder.title;

/**
 * The timeline event an `event` block names, by its date and English title: the lesson and the
 * record may each be shown in the reader's language, and translated titles need not agree.
 */
export const eventOf = (
  timeline: readonly TimelineEvent[],
  b: { date: string; title: string },
): TimelineEvent | undefined => {
  const title = englishTitle(b);
  return timeline.find((e) => e.date === b.date && englishTitle(e) === title);
};

/** null = the latest known, as the store's `asOf`. */
export const storeDate = (d: StepDate | undefined, fallback: string | null) =>
  d === undefined ? fallback : d === 'latest' ? null : d;

/** `date` is the step's date (null = latest), used by blocks that have none of their own. */
export function resolveBlock(
  b: LessonBlock,
  dataset: Dataset,
  date: string | null,
): ResolvedBlock | null {
  const { coalition } = dataset;
  const cited = (ids: readonly string[]) =>
    ids.map((id) => dataset.sources.get(id)).filter((x): x is Source => x !== undefined);
  switch (b.kind) {
    case 'quote': {
      const q = dataset.quotes.get(b.id);
      if (!q) return null;
      // The words in the reader's language: as spoken when they were spoken in it, else the
      // translation (English in the files; the reader's in a localised dataset).
      const reader = dataset.translation?.lang ?? 'en';
      const translation = q.lang === reader ? undefined : q.translation;
      return {
        kind: 'quote',
        id: q.id,
        quote: q,
        text: translation ? translation.text : q.text,
        original: translation ? { text: q.text, lang: q.lang } : null,
        translatedBy: translation ? translation.by : null,
        sources: cited(q.sources),
      };
    }
    case 'summit': {
      const s = coalition.summit;
      return {
        kind: 'summit',
        summit: s,
        sources: cited(s.facts.slice(0, 3).flatMap((f) => f.sources)),
      };
    }
    case 'fact': {
      const f = coalition.summit.facts[b.index];
      return f ? { kind: 'fact', fact: f, text: f.text, sources: cited(f.sources) } : null;
    }
    case 'count': {
      const counts = countByType(dataset.countries, date);
      return { kind: 'count', date, rows: b.types.map((type) => ({ type, count: counts[type] })) };
    }
    case 'countries':
      return {
        kind: 'countries',
        date,
        groups: b.types.map((type) => {
          const countries = dataset.countries
            .filter((c) => typeAt(c, date) === type)
            .map((c) => ({ iso3: c.iso3, name: c.name }));
          return { type, names: countries.map((c) => c.name), countries };
        }),
      };
    case 'confidence': {
      const rows = (['official', 'reported', 'inferred'] as const).map((level) => ({
        level,
        count: dataset.countries.filter((c) => positionAt(c, date)?.confidence === level).length,
      }));
      return { kind: 'confidence', date, rows };
    }
    case 'position': {
      const country = dataset.byIso3.get(b.iso3);
      const d = storeDate(b.date, date);
      const p = country && positionAt(country, d);
      if (!country || !p) return null;
      const refs: RecordRef[] =
        b.part === 'summary'
          ? [{ of: p, field: 'summary' }]
          : b.part === 'offers'
            ? p.offers.map((_, i) => ({ of: p.offers, field: i }))
            : p.conditions.map((c) => ({ of: c, field: 'text' }));
      const items =
        b.part === 'summary'
          ? [p.summary]
          : b.part === 'offers'
            ? p.offers
            : p.conditions.map((c) => c.text);
      return {
        kind: 'position',
        country: { iso3: country.iso3, name: country.name },
        part: b.part,
        asOf: p.asOf,
        items,
        refs,
      };
    }
    case 'changes': {
      const to = storeDate(b.to, date);
      const rows = changesBetween(dataset.countries, b.from, to).map((c) => ({
        iso3: c.iso3,
        name: c.name,
        from: c.from,
        to: c.to,
      }));
      return { kind: 'changes', from: b.from, to, rows };
    }
    case 'event': {
      const e = eventOf(coalition.timeline, b);
      return e ? { kind: 'event', event: e, text: e.summary, sources: cited(e.sources) } : null;
    }
  }
}
