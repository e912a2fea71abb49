/**
 * Lessons are fetched like the other data files: every `data/lessons/*.json` ships as a hashed
 * asset, found here by its id (the file name), and parsed with the lesson schema.
 */
import { queryOptions } from '@tanstack/react-query';
import { fetchDataFile } from './load';
import { DataFileError } from './data-error';
import { Lesson } from './lesson-schema';
import { checkLesson, lessonProblem, LessonError, problemAt } from './lesson-check';
import { lessonIssueMsg } from './lesson-schema';
import { msg } from '../i18n/messages';
import { datasetQuery } from './dataset-query';
import { getMyLesson, isMyLesson } from './lesson-store';

const files = import.meta.glob<string>('../../data/lessons/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** Lesson id → URL of its file; the id is the file name without `.json`. */
export const LESSON_URLS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(files).map(([path, url]) => [path.replace(/^.*\/|\.json$/g, ''), url]),
);

/** A lesson id worth loading: a built-in lesson's, or a teacher's kept in this browser. */
export const lessonExists = (id: string) => id in LESSON_URLS || isMyLesson(id);

/** The query key of My lessons' list (lesson-store.ts): a save anywhere marks it stale. */
export const MY_LESSONS_KEY = ['my-lessons'] as const;

/** What the "Present" button starts. */
export const DEFAULT_LESSON_ID = 'paris-2025';

export const lessonFileName = (id: string) => `lessons/${id}.json`;

/**
 * A teacher's lesson from this browser's storage (lesson-store.ts), read with the schema again:
 * one still being built (a single step, say) says what it lacks instead of being presented.
 */
async function myLesson(id: string) {
  const kept = await getMyLesson(id);
  if (!kept)
    throw new LessonError(
      msg('lesson.notKept'),
      'This lesson is not kept in this browser: a lesson you import or make stays in the browser where you did it. Open its file or its link here.',
    );
  const parsed = Lesson.safeParse(kept.lesson);
  if (!parsed.success)
    throw new DataFileError(
      parsed.error.issues.map((i) => {
        const file = lessonFileName(id);
        const where = i.path.join('.');
        return { file, where, message: i.message, said: lessonIssueMsg(i, problemAt(file, where)) };
      }),
    );
  return parsed.data;
}

export const lessonQuery = (id: string) =>
  queryOptions({
    queryKey: ['lesson', id] as const,
    queryFn: async ({ signal }) => {
      const url = LESSON_URLS[id];
      if (!url && isMyLesson(id)) return myLesson(id);
      if (!url)
        throw new LessonError(
          msg('lesson.problem.noSuchId', { id }),
          `no lesson has the id "${id}"`,
        );
      const lesson = await fetchDataFile(lessonFileName(id), url, Lesson, signal);
      if (lesson.id !== id)
        throw new DataFileError([
          lessonProblem(
            lessonFileName(id),
            'id',
            `is "${lesson.id}", expected "${id}"`,
            'lesson.problem.idMismatch',
            { id: lesson.id, expected: id },
          ),
        ]);
      return lesson;
    },
    staleTime: Infinity,
  });

/**
 * The lesson ready to present: parsed, and every country, quote and fact it names found in the
 * dataset. Shared by the lesson controller (fetchQuery) and the views (useQuery): one download.
 */
export const checkedLessonQuery = (id: string) =>
  queryOptions({
    queryKey: ['lesson', id, 'checked'] as const,
    queryFn: async ({ client }) => {
      const [lesson, dataset] = await Promise.all([
        client.fetchQuery(lessonQuery(id)),
        client.fetchQuery(datasetQuery()),
      ]);
      // A teacher's words are theirs; the facts its steps show are checked all the same.
      const problems = checkLesson(lesson, dataset, lessonFileName(id), {
        typedFacts: !isMyLesson(id),
      });
      if (problems.length > 0) throw new DataFileError(problems);
      return lesson;
    },
    staleTime: Infinity,
    retry: false,
  });
