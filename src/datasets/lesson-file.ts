/**
 * A lesson from outside the repository (a teacher's file, a link's payload) read with the same
 * schema and reference checks as the built-in lessons: a broken or hostile file gets precise
 * messages and changes nothing. The teacher's own words are theirs (no check for typed facts,
 * unlike the built-in lessons); every fact a step shows is still a reference into the record.
 * Pure: the import, the link and the tests call it.
 */
import { z } from 'zod';
import type { DataProblem } from './data-error';
import { Lesson } from './lesson-schema';
import { checkLesson, type LessonContext } from './lesson-check';

/** The largest lesson file read: the built-in lesson is ~25 KB; 40 full steps stay far under. */
export const MAX_LESSON_BYTES = 200_000;
/** Problems listed at most (a garbage file would otherwise list hundreds). */
const MAX_PROBLEMS = 12;

export type LessonRead = { ok: true; lesson: Lesson } | { ok: false; problems: DataProblem[] };

const kb = (bytes: number) =>
  `${(bytes / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} KB`;

/** `steps[2].show[0].id`, from a zod issue's path. */
const pathOf = (path: readonly PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

export function readLessonFile(text: string, file: string, ctx: LessonContext): LessonRead {
  const fail = (problems: DataProblem[]): LessonRead => ({
    ok: false,
    problems:
      problems.length > MAX_PROBLEMS
        ? [
            ...problems.slice(0, MAX_PROBLEMS),
            { file, where: '', message: `and ${problems.length - MAX_PROBLEMS} more problems` },
          ]
        : problems,
  });
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_LESSON_BYTES)
    return fail([
      {
        file,
        where: '',
        message: `is ${kb(bytes)}: a lesson file may be at most ${kb(MAX_LESSON_BYTES)}`,
      },
    ]);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail([{ file, where: '', message: `is not a lesson file (not valid JSON: ${detail})` }]);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return fail([
      {
        file,
        where: '',
        message: 'is not a lesson file (expected an object with a title and steps)',
      },
    ]);
  const parsed = Lesson.safeParse(raw);
  if (!parsed.success)
    return fail(
      parsed.error.issues.map((issue: z.core.$ZodIssue) => ({
        file,
        where: pathOf(issue.path),
        message: / received undefined$/.test(issue.message) ? 'is missing' : issue.message,
      })),
    );
  const problems = checkLesson(parsed.data, ctx, file, { typedFacts: false });
  return problems.length ? fail(problems) : { ok: true, lesson: parsed.data };
}
