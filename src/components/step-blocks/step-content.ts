/**
 * Turns a step's data references into what the class sees: quote words, counts, names and
 * conditions read from the dataset at the step's date. Pure, so the unit tests can check that
 * every number and quotation on a slide comes from here and not from the lesson's free text.
 */
import type { Dataset } from '@/datasets/dataset';
import { countByType, positionAt, typeAt } from '@/datasets/dataset';
import type { LessonBlock, StepDate } from '@/datasets/lesson-schema';
import type { CommitmentTypeId, Confidence } from '@/datasets/schemas';
import { typeLabel } from '@/theme/palette';
import { changesBetween } from '@/datasets/changes';
import { englishText, formatDate, publishers } from '@/datasets/vocabulary';

export type ResolvedBlock =
  | {
      kind: 'quote';
      id: string;
      text: string;
      /** The original words when `text` is a translation. */
      original: { text: string; lang: string } | null;
      translatedBy: 'source' | 'editors' | null;
      byline: string;
      credit: string;
    }
  | { kind: 'summit'; lines: string[]; credit: string }
  | { kind: 'fact'; text: string; credit: string }
  | { kind: 'count'; heading: string; rows: { type: CommitmentTypeId; count: number }[] }
  | { kind: 'countries'; heading: string; groups: { type: CommitmentTypeId; names: string[] }[] }
  | { kind: 'confidence'; heading: string; rows: { level: Confidence; count: number }[] }
  | { kind: 'position'; heading: string; items: string[] }
  | { kind: 'changes'; heading: string; rows: { name: string; from: string; to: string }[] }
  | { kind: 'event'; heading: string; text: string; credit: string };

/** null = the latest known, as the store's `asOf`. */
export const storeDate = (d: StepDate | undefined, fallback: string | null) =>
  d === undefined ? fallback : d === 'latest' ? null : d;

const dateWords = (d: string | null) => (d ? `on ${formatDate(d)}` : 'latest known');

const PARTS = { summary: 'position', offers: 'offers', conditions: 'conditions' } as const;

/** `date` is the step's date (null = latest), used by blocks that have none of their own. */
export function resolveBlock(
  b: LessonBlock,
  dataset: Dataset,
  date: string | null,
): ResolvedBlock | null {
  const { coalition, sources } = dataset;
  switch (b.kind) {
    case 'quote': {
      const q = dataset.quotes.get(b.id);
      if (!q) return null;
      const translated = q.lang !== 'en' && q.translation !== undefined;
      return {
        kind: 'quote',
        id: q.id,
        text: englishText(q),
        original: translated ? { text: q.text, lang: q.lang } : null,
        translatedBy: translated ? q.translation!.by : null,
        byline: `${q.speaker}, ${q.role}, ${formatDate(q.date)}`,
        credit: publishers(q.sources, sources),
      };
    }
    case 'summit': {
      const s = coalition.summit;
      return {
        kind: 'summit',
        lines: [
          `${s.place}, ${formatDate(s.date)}`,
          `Countries formally committed, as announced: ${s.committedCount}`,
          `Leaders taking part: ${s.leadersTakingPart}`,
          `List of the countries published: ${s.listPublished ? 'yes' : 'no'}`,
        ],
        credit: publishers(
          s.facts.slice(0, 3).flatMap((f) => f.sources),
          sources,
          3,
        ),
      };
    }
    case 'fact': {
      const f = coalition.summit.facts[b.index];
      return f ? { kind: 'fact', text: f.text, credit: publishers(f.sources, sources) } : null;
    }
    case 'count': {
      const counts = countByType(dataset.countries, date);
      return {
        kind: 'count',
        heading: `Countries per type, ${dateWords(date)}`,
        rows: b.types.map((type) => ({ type, count: counts[type] })),
      };
    }
    case 'countries':
      return {
        kind: 'countries',
        heading: `Countries, ${dateWords(date)}`,
        groups: b.types.map((type) => ({
          type,
          names: dataset.countries.filter((c) => typeAt(c, date) === type).map((c) => c.name),
        })),
      };
    case 'confidence': {
      const rows = (['official', 'reported', 'inferred'] as const).map((level) => ({
        level,
        count: dataset.countries.filter((c) => positionAt(c, date)?.confidence === level).length,
      }));
      return {
        kind: 'confidence',
        heading: `How sure are the positions, ${dateWords(date)}?`,
        rows,
      };
    }
    case 'position': {
      const country = dataset.byIso3.get(b.iso3);
      const d = storeDate(b.date, date);
      const p = country && positionAt(country, d);
      if (!country || !p) return null;
      const items =
        b.part === 'summary'
          ? [p.summary]
          : b.part === 'offers'
            ? p.offers
            : p.conditions.map((c) => c.text);
      return {
        kind: 'position',
        heading: `${country.name}: ${PARTS[b.part]} as of ${formatDate(p.asOf)}`,
        items: items.length > 0 ? items : ['None stated in the sources.'],
      };
    }
    case 'changes': {
      const to = storeDate(b.to, date);
      const rows = changesBetween(dataset.countries, b.from, to).map((c) => ({
        name: c.name,
        from: typeLabel(c.from),
        to: typeLabel(c.to),
      }));
      return {
        kind: 'changes',
        heading: `Changed type between ${formatDate(b.from)} and ${to ? formatDate(to) : 'the latest known'}`,
        rows,
      };
    }
    case 'event': {
      const e = coalition.timeline.find((t) => t.date === b.date && t.title === b.title);
      return e
        ? {
            kind: 'event',
            heading: `${formatDate(e.date)}: ${e.title}`,
            text: e.summary,
            credit: publishers(e.sources, sources),
          }
        : null;
    }
  }
}
