/**
 * A lesson checked against the data (every country, quote and fact it names exists; no number,
 * quotation, date or list of countries typed into its words), and the countries a step outlines,
 * selected from the data. Pure: the app, the tests and `npm run data:check` call them.
 */
import type { CoalitionFile, Country } from './schemas';
import { typeAt } from './dataset';
import { changesBetween } from './changes';
import type { DataProblem } from './data-error';
import type { Lesson, LessonStep, StepDate } from './lesson-schema';
import { msg, type MessageId, type MessageValues, type Msg } from '../i18n/messages';

/**
 * A problem in a lesson file, link or kept lesson: `message` in English for data:check and the
 * builder's fields, `said` for the reader (its `at` value names the file and the place, or is
 * empty: `lesson.problem.*` messages begin with it).
 */
export interface LessonProblem extends DataProblem {
  said: Msg;
}

/** “file: steps[2].show[0]: ” (what a problem message begins with), or empty. */
export const problemAt = (file: string, where: string) => {
  const parts = [file, where].filter(Boolean);
  return parts.length ? `${parts.join(': ')}: ` : '';
};

export function lessonProblem(
  file: string,
  where: string,
  message: string,
  id: MessageId,
  values: MessageValues = {},
): LessonProblem {
  return { file, where, message, said: msg(id, { ...values, at: problemAt(file, where) }) };
}

/** The reader-facing problems' messages (a DataProblem from elsewhere says its English). */
export const saidOf = (p: DataProblem): Msg =>
  'said' in p
    ? (p as LessonProblem).said
    : msg('lesson.problem.invalid', { at: problemAt(p.file, p.where), detail: p.message });

/** An error about a lesson that the reader is told in their language (`said`). */
export class LessonError extends Error {
  readonly said: Msg;
  constructor(said: Msg, english: string) {
    super(english);
    this.name = 'LessonError';
    this.said = said;
  }
}

/** What a lesson's references are checked against: the parsed data files. */
export interface LessonContext {
  countries: readonly Country[];
  coalition: CoalitionFile;
}

/**
 * References a schema cannot check: every country, quote, fact and event a lesson names must
 * exist in the data. Pure: the app (before showing a lesson) and the unit tests call it.
 */
export function checkLesson(
  lesson: Lesson,
  ctx: LessonContext,
  file: string,
  /** Built-in lessons may not type facts into their words; a teacher's own lesson may. */
  { typedFacts: checkTyped = true } = {},
): LessonProblem[] {
  const problems: LessonProblem[] = [];
  const add = (where: string, message: string, id: MessageId, values?: MessageValues) =>
    problems.push(lessonProblem(file, where, message, id, values));
  const iso3s = new Set(ctx.countries.map((c) => c.iso3));
  const quoteIds = new Set([
    ...ctx.countries.flatMap((c) => c.quotes.map((q) => q.id)),
    ...ctx.coalition.quotes.map((q) => q.id),
  ]);
  const country = (where: string, iso3: string) => {
    if (!iso3s.has(iso3))
      add(where, `no country "${iso3}" in countries.json`, 'lesson.problem.noCountry', { iso3 });
  };
  const stepIds = new Set<string>();
  lesson.steps.forEach((step) => {
    const at = `steps[${step.id}]`;
    if (stepIds.has(step.id)) add(`${at}.id`, 'duplicate step id', 'lesson.problem.duplicateStep');
    stepIds.add(step.id);
    step.countries?.forEach((c, j) => country(`${at}.countries[${j}]`, c));
    if ((step.countries?.length ?? 0) > 1)
      add(
        `${at}.countries`,
        'names more than one country by hand: select them with outline',
        'lesson.problem.manyCountries',
      );
    const names = ctx.countries.map((c) => c.name);
    for (const field of ['caption', 'revealedCaption', 'notes'] as const) {
      const text = step[field];
      if (!text || !checkTyped) continue;
      for (const found of typedKinds(text, names))
        add(
          `${at}.${field}`,
          `types ${typedWords(found)} by hand: it must come from the data`,
          'lesson.problem.typed',
          { what: found.kind },
        );
    }
    if (step.revealedCaption && !step.reveal)
      add(
        `${at}.revealedCaption`,
        'is only shown after a reveal: the step has no reveal',
        'lesson.problem.revealOnly',
      );
    if (step.country) country(`${at}.country`, step.country);
    step.show.forEach((b, j) => {
      const where = `${at}.show[${j}]`;
      if (b.kind === 'quote' && !quoteIds.has(b.id))
        add(where, `no quote has the id "${b.id}"`, 'lesson.problem.noQuote', { id: b.id });
      if (b.kind === 'fact' && !ctx.coalition.summit.facts[b.index])
        add(where, `coalition.json has no summit fact number ${b.index}`, 'lesson.problem.noFact', {
          index: b.index,
        });
      if (b.kind === 'position') country(`${where}.iso3`, b.iso3);
      if (
        b.kind === 'event' &&
        !ctx.coalition.timeline.some((e) => e.date === b.date && e.title === b.title)
      )
        add(where, `no timeline event on ${b.date} titled "${b.title}"`, 'lesson.problem.noEvent', {
          date: b.date,
          title: b.title,
        });
    });
  });
  return problems;
}

/**
 * Every country a step outlines on its date (`null`: latest known): the hand-named country, if
 * any, and those its `outline` selects from the data, in the data's order.
 */
export function outlinedCountries(
  step: Pick<LessonStep, 'countries' | 'outline'>,
  countries: readonly Country[],
  date: string | null,
): string[] {
  const out = new Set(step.countries ?? []);
  const o = step.outline;
  const at = (d: StepDate) => (d === 'latest' ? null : d);
  if (o?.by === 'types')
    for (const c of countries) {
      const t = typeAt(c, date);
      if (t && o.types.includes(t)) out.add(c.iso3);
    }
  // The same rule as the `changes` block and the date switch's change marks.
  if (o?.by === 'changes')
    for (const c of changesBetween(countries, o.from, at(o.to))) out.add(c.iso3);
  return [...out];
}

const MONTH_NAMES =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const NUMBER_WORDS =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?)\b/i;
const QUOTE_MARKS = /["“”«»„‘]/;

/**
 * A caption or note only frames and asks: a number, a quotation, a date or a list of countries
 * typed into it could drift from the data, so they come from `show` and `outline` instead.
 */
export function typedFacts(text: string, countryNames: readonly string[]): string[] {
  return typedKinds(text, countryNames).map(typedWords);
}

type Typed = { kind: 'number' | 'quotation' | 'date' } | { kind: 'countries'; names: string[] };

const typedWords = (t: Typed) =>
  t.kind === 'countries' ? `a list of countries (${t.names.join(', ')})` : `a ${t.kind}`;

function typedKinds(text: string, countryNames: readonly string[]): Typed[] {
  const found: Typed[] = [];
  if (/\d/.test(text) || NUMBER_WORDS.test(text)) found.push({ kind: 'number' });
  if (QUOTE_MARKS.test(text)) found.push({ kind: 'quotation' });
  if (MONTH_NAMES.test(text)) found.push({ kind: 'date' });
  const names = countryNames.filter((n) => new RegExp(`\\b${n}\\b`).test(text));
  if (names.length >= 2) found.push({ kind: 'countries', names });
  return found;
}
