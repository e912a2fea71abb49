/**
 * What keeps a draft from being presented, by field: the same schema and reference checks as an
 * imported file (lesson-file.ts: a teacher's words are theirs, `typedFacts: false`), keyed so
 * each message can sit next to its field (`title`, `steps.2.notes`, `steps`). Pure: problems are
 * message values (said in the reader's language by the view), or the data layer's own words
 * where it gives a string.
 */
import type { z } from 'zod';
import { Lesson } from '@/datasets/lesson-schema';
import { checkLesson, type LessonContext } from '@/datasets/lesson-check';
import type { DataProblem } from '@/datasets/data-error';
import { msg, type MessageId, type Msg, type Translate } from '@/i18n';

/** A message value, or words the data layer gives as they are. */
export type Problem = Msg | string;
export type Problems = ReadonlyMap<string, Problem>;

/** Says a problem in the reader's language (a string is said as it is). */
export const sayProblem = (t: Translate, p: Problem) =>
  typeof p === 'string' ? p : t(p.id, p.values);

/** `steps[step-3].show[0]` (checkLesson's) → `steps.2.show` (the field's key). */
function fieldOf(where: string, lesson: Lesson): string {
  const m = /^steps\[([^\]]+)\]\.(\w+)/.exec(where);
  if (!m) return 'lesson';
  const at = lesson.steps.findIndex((s) => s.id === m[1]);
  return at < 0 ? 'lesson' : `steps.${at}.${m[2]}`;
}

/** The schema's complaint as a message: the builder's fields can only break its limits. */
function schemaProblem(issue: z.core.$ZodIssue, key: string): Problem {
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message))
    return msg('builder.problem.missing');
  if (issue.code === 'too_small' && issue.origin === 'string') return msg('builder.problem.empty');
  if (issue.code === 'too_big' && issue.origin === 'string')
    return msg('builder.problem.tooLong', { max: Number(issue.maximum) });
  if (key === 'steps' && issue.code === 'too_small') return msg('builder.problem.tooFewSteps');
  if (key === 'steps' && issue.code === 'too_big')
    return msg('builder.problem.tooManySteps', { max: Number(issue.maximum) });
  return issue.message;
}

/**
 * A reference problem (checkLesson's) in the reader's words where it gives them (`said`, whose
 * `at` names the file and place: the field's own label says where here), else its English.
 */
function referenceProblem(p: DataProblem): Problem {
  const said = (p as DataProblem & { said?: Msg }).said;
  return said ? msg(said.id, { ...said.values, at: '' }) : p.message;
}

export function draftProblems(draft: Lesson, ctx: LessonContext): Problems {
  const found = new Map<string, Problem>();
  const add = (key: string, message: Problem) => {
    if (!found.has(key)) found.set(key, message);
  };
  const parsed = Lesson.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // A question's key names the question: `steps.1.questions.0`.
      const key = issue.path.length ? issue.path.join('.') : 'lesson';
      add(key, schemaProblem(issue, key));
    }
    return found;
  }
  for (const p of checkLesson(parsed.data, ctx, 'lesson', { typedFacts: false }))
    add(fieldOf(p.where, parsed.data), referenceProblem(p));
  return found;
}

const FIELD_NAMES: Record<string, MessageId> = {
  title: 'builder.field.title',
  caption: 'builder.field.caption',
  revealedCaption: 'builder.field.revealedCaption',
  notes: 'builder.field.notes',
  questions: 'builder.field.questions',
  show: 'builder.field.show',
};

/** The problems as sentences, for the list shown when "Preview" cannot start yet. */
export function problemSentences(problems: Problems, draft: Lesson, t: Translate): string[] {
  return [...problems].map(([key, message]) => {
    const problem = sayProblem(t, message);
    const m = /^steps\.(\d+)\.(\w+)/.exec(key);
    if (m) {
      const name = FIELD_NAMES[m[2]!];
      const field = name ? t(name) : m[2]!;
      return t('builder.problem.inStep', { step: Number(m[1]) + 1, field, problem });
    }
    if (key === 'steps') return t('builder.problem.steps', { problem, count: draft.steps.length });
    const field =
      key === 'title'
        ? t('builder.lessonTitle')
        : key === 'description'
          ? t('builder.description')
          : t('builder.field.lesson');
    return t('builder.problem.inLesson', { field, problem });
  });
}
