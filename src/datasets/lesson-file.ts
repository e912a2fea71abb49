/**
 * A lesson from outside the repository (a teacher's file, a link's payload) read with the same
 * schema and reference checks as the built-in lessons: a broken or hostile file gets precise
 * messages and changes nothing. The teacher's own words are theirs (no check for typed facts,
 * unlike the built-in lessons); every fact a step shows is still a reference into the record.
 * Pure: the import, the link and the tests call it.
 */
import { z } from 'zod';
import { Lesson, lessonIssueMsg } from './lesson-schema';
import {
  checkLesson,
  lessonProblem,
  problemAt,
  type LessonContext,
  type LessonProblem,
} from './lesson-check';
import { msg } from '../i18n/messages';

/** The largest lesson file read: the built-in lesson is ~25 KB; 40 full steps stay far under. */
export const MAX_LESSON_BYTES = 200_000;
/** Problems listed at most (a garbage file would otherwise list hundreds). */
const MAX_PROBLEMS = 12;

export type LessonRead = { ok: true; lesson: Lesson } | { ok: false; problems: LessonProblem[] };

/** Kilobytes to one decimal. */
const kbNumber = (bytes: number) => Math.round(bytes / 100) / 10;
const kb = (bytes: number) =>
  `${kbNumber(bytes).toLocaleString('en-GB', { maximumFractionDigits: 1 })} KB`;

/** `steps[2].show[0].id`, from a zod issue's path. */
const pathOf = (path: readonly PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

export function readLessonFile(text: string, file: string, ctx: LessonContext): LessonRead {
  const fail = (problems: LessonProblem[]): LessonRead => ({
    ok: false,
    problems:
      problems.length > MAX_PROBLEMS
        ? [
            ...problems.slice(0, MAX_PROBLEMS),
            {
              file,
              where: '',
              message: `and ${problems.length - MAX_PROBLEMS} more problems`,
              said: msg('lesson.problem.more', { count: problems.length - MAX_PROBLEMS }),
            },
          ]
        : problems,
  });
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_LESSON_BYTES)
    return fail([
      lessonProblem(
        file,
        '',
        `is ${kb(bytes)}: a lesson file may be at most ${kb(MAX_LESSON_BYTES)}`,
        'lesson.problem.tooBig',
        { size: kbNumber(bytes), max: kbNumber(MAX_LESSON_BYTES) },
      ),
    ]);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail([
      lessonProblem(
        file,
        '',
        `is not a lesson file (not valid JSON: ${detail})`,
        'lesson.problem.notJson',
        { detail },
      ),
    ]);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return fail([
      lessonProblem(
        file,
        '',
        'is not a lesson file (expected an object with a title and steps)',
        'lesson.problem.notObject',
      ),
    ]);
  const parsed = Lesson.safeParse(raw);
  if (!parsed.success)
    return fail(
      parsed.error.issues.map((issue: z.core.$ZodIssue) => {
        const where = pathOf(issue.path);
        return {
          file,
          where,
          message: / received undefined$/.test(issue.message) ? 'is missing' : issue.message,
          said: lessonIssueMsg(issue, problemAt(file, where)),
        };
      }),
    );
  const problems = checkLesson(parsed.data, ctx, file, { typedFacts: false });
  return problems.length ? fail(problems) : { ok: true, lesson: parsed.data };
}
