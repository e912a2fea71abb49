/**
 * Lessons are fetched like the other data files: every `data/lessons/*.json` ships as a hashed
 * asset, found here by its id (the file name), and parsed with the lesson schema.
 */
import { queryOptions } from '@tanstack/react-query';
import { fetchDataFile } from './load';
import { DataFileError } from './data-error';
import { Lesson } from './lesson-schema';

const files = import.meta.glob<string>('../../data/lessons/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** Lesson id → URL of its file; the id is the file name without `.json`. */
export const LESSON_URLS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(files).map(([path, url]) => [path.replace(/^.*\/|\.json$/g, ''), url]),
);

/** What the "Present" button starts. */
export const DEFAULT_LESSON_ID = 'paris-2025';

export const lessonFileName = (id: string) => `lessons/${id}.json`;

export const lessonQuery = (id: string) =>
  queryOptions({
    queryKey: ['lesson', id] as const,
    queryFn: async ({ signal }) => {
      const url = LESSON_URLS[id];
      if (!url) throw new Error(`no lesson has the id "${id}"`);
      const lesson = await fetchDataFile(lessonFileName(id), url, Lesson, signal);
      if (lesson.id !== id)
        throw new DataFileError([
          { file: lessonFileName(id), where: 'id', message: `is "${lesson.id}", expected "${id}"` },
        ]);
      return lesson;
    },
    staleTime: Infinity,
  });
