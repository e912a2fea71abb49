/**
 * The words for the data's values, in one place: dates (as the source gives them: a day or
 * only a month), confidence levels, source flags, language names, and the English text of a
 * quote. Every view reads them here, so the panel, the table, the lesson and the handout agree.
 */
import { msg, rawMsg, type Msg } from '@/i18n/messages';
import type { Formatter } from '@/i18n/format';
import type { Confidence, Quote, Source } from './schemas';

export { FLAG_LABEL, flagLabelId } from './source-flags';

const LOCALE = 'en-GB';
const parts = (d: string) => d.split('-').map(Number) as [number, number, number?];
const utc = (y: number, m: number, day = 1) => new Date(Date.UTC(y, m - 1, day));
const format = (d: string, month: 'long' | 'short') => {
  const [y, m, day] = parts(d);
  return utc(y, m, day).toLocaleDateString(LOCALE, {
    ...(day ? { day: 'numeric' } : {}),
    month,
    year: 'numeric',
    timeZone: 'UTC',
  });
};

/** "2025-09-04" → "4 September 2025"; "2025-03" → "March 2025" (never a day the source lacks). */
export const formatDate = (d: string) => format(d, 'long');
/** "4 Sept 2025", "Mar 2025": for narrow columns (the printed table, the date switch). */
export const formatShortDate = (d: string) => format(d, 'short');
const shortDays = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
/** "4–6 Sept 2025", "6 Jan 2026": a span of days (the platform's range format). */
export const formatShortSpan = (first: string, last: string) =>
  shortDays.formatRange(utc(...parts(first)), utc(...parts(last)));

/** The message id of a confidence level's label ("Official: the government or leader said it"). */
export const confidenceLabelId = (c: Confidence) => `confidence.${c}` as const;
/** The message id of a confidence level's short form ("said by the government"). */
export const confidenceShortId = (c: Confidence) => `confidence.${c}.short` as const;

/** @deprecated English only: use `t(confidenceLabelId(c))`. */
export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  official: 'Official: the government or leader said it',
  reported: 'Reported by major outlets, not confirmed by the government',
  inferred: 'Inferred from attendance or other indirect evidence',
};

/** @deprecated English only: use `t(confidenceShortId(c))`. */
export const CONFIDENCE_SHORT: Record<Confidence, string> = {
  official: 'said by the government',
  reported: 'reported, not confirmed',
  inferred: 'inferred from indirect evidence',
};

const languages = new Intl.DisplayNames([LOCALE], { type: 'language', fallback: 'code' });
/** "fr" → "French", from the platform (no hand-kept table to drift). */
export const languageName = (code: string) => languages.of(code) ?? code;

/**
 * What the panel says about a published translation: the spoken language, or that it is unknown,
 * as a message value with the languages named in the reader's language (`f` from `useFormat()`).
 */
export const spokenNoteMsg = (
  f: Pick<Formatter, 'languageName'>,
  lang: string,
  spokenIn: string,
): Msg =>
  spokenIn === UNDETERMINED
    ? msg('record.publishedInUnknown', { language: f.languageName(lang) })
    : msg('record.publishedIn', {
        language: f.languageName(lang),
        spoken: f.languageName(spokenIn),
      });

/** @deprecated English only: use `say(spokenNoteMsg(f, lang, spokenIn))`. */
export const spokenNote = (lang: string, spokenIn: string) =>
  spokenIn === UNDETERMINED
    ? `As published in ${languageName(lang)}; the source does not say in which language it was said.`
    : `As published in ${languageName(lang)}; spoken in ${languageName(spokenIn)}.`;

/** BCP 47 "undetermined": a translation whose source does not name the language spoken. */
export const UNDETERMINED = 'und';

/** The words a class reads: English, from the source's or the editors' translation if needed. */
export function englishText(q: Quote): string {
  return q.lang === 'en' || !q.translation ? q.text : q.translation.text;
}

/**
 * Publishers of the given source ids as a short credit line ("Voz (AFP); Dawn (AFP) and 3
 * more"), as a message value: the first few, so a slide stays readable; the panel lists them all.
 */
export function publisherCredit(
  ids: readonly string[],
  sources: ReadonlyMap<string, Source>,
  max = 2,
): Msg {
  const { names, more } = publisherNames(ids, sources, max);
  return more > 0 ? msg('record.andMore', { names, count: more }) : rawMsg(names);
}

/** @deprecated English only ("and 3 more"): use `say(publisherCredit(ids, sources, max))`. */
export function publishers(
  ids: readonly string[],
  sources: ReadonlyMap<string, Source>,
  max = 2,
): string {
  const { names, more } = publisherNames(ids, sources, max);
  return names + (more > 0 ? ` and ${more} more` : '');
}

function publisherNames(ids: readonly string[], sources: ReadonlyMap<string, Source>, max: number) {
  const names = [
    ...new Set(
      ids
        .map((id) => sources.get(id))
        .filter((s): s is Source => s !== undefined)
        .map((s) => (s.agency ? `${s.publisher} (${s.agency})` : s.publisher)),
    ),
  ];
  return { names: names.slice(0, max).join('; '), more: Math.max(0, names.length - max) };
}

/** Shortens a verbatim quote at a word boundary, marking the cut with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')} …`;
}

/** Whether the record's review date is more than six months before `today` (both YYYY-MM-DD). */
export function isStale(reviewedUpTo: string, today: string): boolean {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(y, m - 1 - 6, d)).toISOString().slice(0, 10);
  return reviewedUpTo < limit;
}
