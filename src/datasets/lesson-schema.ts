/**
 * A lesson is data (`data/lessons/*.json`): steps a teacher walks through with a clicker. The
 * free text (titles, captions, notes, questions) only frames and asks; every fact a step shows
 * is a reference into the dataset (a quote id, a summit fact, a country's position, a count),
 * resolved at run time, so a lesson cannot drift from the data it teaches.
 */
import { z } from 'zod';
import { CommitmentTypeId, IsoDate, LooseDate } from './schemas';
import { msg, type Msg } from '../i18n/messages';

const EMPTY = 'must not be empty';
const ISO3 = 'must be three capital letters (ISO 3166-1 alpha-3)';
const KEBAB = 'must be kebab-case';
const BOUNDS = 'must be [west, south, east, north]';
const DATE = 'must be a date written YYYY-MM-DD';
const TWO_STEPS = 'needs at least two steps';

const text = (max: number) =>
  z.string().trim().min(1, EMPTY).max(max, `must be at most ${max} characters`);
const Iso3 = z.string().regex(/^[A-Z]{3}$/, ISO3);
/** A date that sets the map's "positions as of", or the latest known. */
export const StepDate = z.union([IsoDate, z.literal('latest')]);
export type StepDate = z.infer<typeof StepDate>;

const Lon = z.number().min(-180).max(180);
const Lat = z.number().min(-85).max(85);
/** [west, south, east, north] in degrees, as MapLibre's fitBounds takes them. */
export const Bounds = z
  .tuple([Lon, Lat, Lon, Lat])
  .refine(([w, s, e, n]) => w < e && s < n, BOUNDS);
export type Bounds = z.infer<typeof Bounds>;

/** What a step shows from the data. Each kind is resolved by `resolveBlock` at run time. */
export const LessonBlock = z.discriminatedUnion('kind', [
  /** A verbatim quote from countries.json or coalition.json, by id. */
  z.strictObject({ kind: z.literal('quote'), id: z.string().regex(/^[a-z0-9-]+$/) }),
  /** The summit's numbers: countries committed, leaders taking part, whether the list was published. */
  z.strictObject({ kind: z.literal('summit') }),
  /** One of coalition.json's summit facts, by position in the list (0 is the first). */
  z.strictObject({ kind: z.literal('fact'), index: z.number().int().min(0) }),
  /** How many countries have each of these types on the step's date. */
  z.strictObject({ kind: z.literal('count'), types: z.array(CommitmentTypeId).min(1) }),
  /** The names of the countries with these types on the step's date. */
  z.strictObject({ kind: z.literal('countries'), types: z.array(CommitmentTypeId).min(1) }),
  /** How sure the data is: countries per confidence level on the step's date. */
  z.strictObject({ kind: z.literal('confidence') }),
  /** Part of one country's position on a date (the step's date when none is given). */
  z.strictObject({
    kind: z.literal('position'),
    iso3: Iso3,
    part: z.enum(['summary', 'offers', 'conditions']),
    date: StepDate.optional(),
  }),
  /** Every country whose type differs between two dates, computed. */
  z.strictObject({ kind: z.literal('changes'), from: IsoDate, to: StepDate }),
  /** A timeline event from coalition.json, by its date and exact title. */
  z.strictObject({ kind: z.literal('event'), date: LooseDate, title: text(120) }),
]);
export type LessonBlock = z.infer<typeof LessonBlock>;

/**
 * Which countries a step outlines, selected from the data on the step's date instead of typed
 * by hand: every country of some types, or every country whose type changed between two dates.
 */
export const StepOutline = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('types'), types: z.array(CommitmentTypeId).min(1) }),
  z.strictObject({ by: z.literal('changes'), from: IsoDate, to: StepDate }),
]);
export type StepOutline = z.infer<typeof StepOutline>;

export const LessonStep = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, KEBAB),
  /** Framing only: no numbers, no quotations (they come from `show`). */
  title: text(90),
  caption: text(400).optional(),
  /** A guessing step's caption once the colours are revealed (framing only, as `caption`). */
  revealedCaption: text(400).optional(),
  /** For the teacher (presenter view); framing and prompts, no facts. */
  notes: text(1500),
  date: StepDate.optional(),
  bounds: Bounds.optional(),
  /** Outlined on the map: at most one country by hand (a list comes from `outline`). */
  countries: z.array(Iso3).optional(),
  /** Countries outlined because the data puts them there (resolve with `outlinedCountries`). */
  outline: StepOutline.optional(),
  /** The legend filter for this step; absent shows every type. */
  types: z.array(CommitmentTypeId).optional(),
  /** The country whose panel opens. */
  country: Iso3.optional(),
  /** Colours (and the answers in `show`) hidden until the next press, so the class guesses. */
  reveal: z.boolean().optional(),
  show: z.array(LessonBlock).default([]),
  questions: z.array(text(240)).optional(),
});
export type LessonStep = z.infer<typeof LessonStep>;

export const Lesson = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, KEBAB),
  title: text(120),
  description: text(600),
  steps: z.array(LessonStep).min(2, TWO_STEPS).max(40),
});
export type Lesson = z.infer<typeof Lesson>;

/**
 * A schema problem in the reader's words (`at`: where, lesson-check.ts's problemAt): the schema's
 * own messages stay English for data:check; what a teacher's file gets wrong is said here.
 */
export function lessonIssueMsg(issue: z.core.$ZodIssue, at: string): Msg {
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message))
    return msg('lesson.problem.missing', { at });
  if (issue.message === EMPTY) return msg('lesson.problem.empty', { at });
  if (issue.message === ISO3) return msg('lesson.problem.iso3', { at });
  if (issue.message === KEBAB) return msg('lesson.problem.kebab', { at });
  if (issue.message === BOUNDS) return msg('lesson.problem.bounds', { at });
  if (issue.message === DATE) return msg('lesson.problem.date', { at });
  if (issue.message === TWO_STEPS) return msg('lesson.problem.fewSteps', { at });
  if (issue.code === 'too_big' && issue.origin === 'string')
    return msg('lesson.problem.tooLong', { at, max: Number(issue.maximum) });
  if (issue.code === 'too_small' && issue.origin === 'array')
    return msg('lesson.problem.tooFew', { at, min: Number(issue.minimum) });
  if (issue.code === 'too_big' && issue.origin === 'array')
    return msg('lesson.problem.tooMany', { at, max: Number(issue.maximum) });
  if (issue.code === 'unrecognized_keys')
    return msg('lesson.problem.unknownKeys', { at, keys: issue.keys.join(', ') });
  return msg('lesson.problem.invalid', { at, detail: issue.message });
}
