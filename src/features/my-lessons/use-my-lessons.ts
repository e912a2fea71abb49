/**
 * The teacher's kept lessons as a query (one IndexedDB read, shared), and the commands on them:
 * open a file, export a file, copy a link, delete. Each reports in words for the status line.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Dataset } from '@/datasets/dataset';
import { formatProblem } from '@/datasets/data-error';
import { MAX_LESSON_BYTES, readLessonFile } from '@/datasets/lesson-file';
import { lessonFragment, MAX_LINK_CHARS } from '@/datasets/lesson-link';
import type { Lesson } from '@/datasets/lesson-schema';
import { MY_LESSONS_KEY } from '@/datasets/lesson-queries';
import {
  deleteMyLesson,
  listMyLessons,
  saveMyLesson,
  storageProblem,
} from '@/datasets/lesson-store';

export { MY_LESSONS_KEY };

export type Outcome =
  { ok: true; message: string; id?: string } | { ok: false; problems: string[] };

/** Reads, checks and keeps a lesson's text; the same path for a file and a link. */
export async function keepLessonText(text: string, name: string, dataset: Dataset) {
  const read = readLessonFile(text, name, dataset);
  if (!read.ok) return { ok: false, problems: read.problems.map(formatProblem) } as const;
  try {
    const id = await saveMyLesson(read.lesson);
    return { ok: true, id, lesson: read.lesson } as const;
  } catch (e) {
    return { ok: false, problems: [storageProblem(e)] } as const;
  }
}

export function useMyLessons(dataset: Dataset) {
  const client = useQueryClient();
  const list = useQuery({ queryKey: MY_LESSONS_KEY, queryFn: listMyLessons });
  const changed = useCallback(
    (id?: string) => {
      void client.invalidateQueries({ queryKey: MY_LESSONS_KEY });
      // A lesson saved over one of the same id must not show its cached old steps.
      if (id) client.removeQueries({ queryKey: ['lesson', id] });
    },
    [client],
  );

  const openFile = async (file: File): Promise<Outcome> => {
    if (file.size > MAX_LESSON_BYTES)
      return {
        ok: false,
        problems: [
          `${file.name}: is ${Math.round(file.size / 1000)} KB: a lesson file may be at most ${MAX_LESSON_BYTES / 1000} KB`,
        ],
      };
    const kept = await keepLessonText(await file.text(), file.name, dataset);
    if (!kept.ok) return { ok: false, problems: [...kept.problems] };
    changed(kept.id);
    return { ok: true, id: kept.id, message: `“${kept.lesson.title}” is now in My lessons.` };
  };

  const copyLink = async (lesson: Lesson): Promise<Outcome> => {
    const link = `${location.origin}${location.pathname}#${await lessonFragment(lesson)}`;
    if (link.length > MAX_LINK_CHARS)
      return {
        ok: false,
        problems: [
          `This lesson is too long for a link (${link.length.toLocaleString('en-GB')} characters; links are kept under ${MAX_LINK_CHARS.toLocaleString('en-GB')}). Export it as a file instead.`,
        ],
      };
    await navigator.clipboard.writeText(link);
    return {
      ok: true,
      message: `Link copied (${link.length.toLocaleString('en-GB')} characters).`,
    };
  };

  const remove = async (id: string): Promise<Outcome> => {
    await deleteMyLesson(id);
    changed(id);
    return { ok: true, message: 'Lesson deleted from this browser.' };
  };

  return { lessons: list.data ?? [], error: list.error, openFile, copyLink, remove };
}

/** The lesson as a `.json` file download, named after its title. */
export function exportLessonFile(lesson: Lesson) {
  const blob = new Blob([`${JSON.stringify(lesson, null, 2)}\n`], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${lesson.id}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
