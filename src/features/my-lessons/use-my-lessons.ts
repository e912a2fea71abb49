/**
 * The teacher's kept lessons as a query (one IndexedDB read, shared), and the commands on them:
 * open a file, export a file, copy a link, delete. Each reports in words for the status line.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Dataset } from '@/datasets/dataset';
import { MAX_LESSON_BYTES, readLessonFile } from '@/datasets/lesson-file';
import { LessonError } from '@/datasets/lesson-check';
import { msg, type Msg } from '@/i18n/messages';
import { lessonFragment, MAX_LINK_CHARS } from '@/datasets/lesson-link';
import type { Lesson } from '@/datasets/lesson-schema';
import { MY_LESSONS_KEY } from '@/datasets/lesson-queries';
import {
  deleteMyLesson,
  listMyLessons,
  saveMyLesson,
  storageProblemMsg,
} from '@/datasets/lesson-store';
import { useShareLang } from '@/store/hooks';

export { MY_LESSONS_KEY };

/** What a command reports, said in the reader's language by the view. */
export type Outcome = { ok: true; message: Msg; id?: string } | { ok: false; problems: Msg[] };

/** A command that failed outright: its own words when it has them, else the browser's. */
export const failedOutcome = (e: unknown): Outcome => ({
  ok: false,
  problems: [
    e instanceof LessonError
      ? e.said
      : msg('lesson.my.failed', { detail: e instanceof Error ? e.message : String(e) }),
  ],
});

/** Reads, checks and keeps a lesson's text; the same path for a file and a link. */
export async function keepLessonText(text: string, name: string, dataset: Dataset) {
  const read = readLessonFile(text, name, dataset);
  if (!read.ok) return { ok: false, problems: read.problems.map((p) => p.said) } as const;
  try {
    const id = await saveMyLesson(read.lesson);
    return { ok: true, id, lesson: read.lesson } as const;
  } catch (e) {
    return { ok: false, problems: [storageProblemMsg(e)] } as const;
  }
}

export function useMyLessons(dataset: Dataset) {
  const client = useQueryClient();
  const list = useQuery({ queryKey: MY_LESSONS_KEY, queryFn: listMyLessons });
  const lang = useShareLang();
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
          msg('lesson.problem.tooBig', {
            at: `${file.name}: `,
            size: Math.round(file.size / 1000),
            max: MAX_LESSON_BYTES / 1000,
          }),
        ],
      };
    const kept = await keepLessonText(await file.text(), file.name, dataset);
    if (!kept.ok) return { ok: false, problems: [...kept.problems] };
    changed(kept.id);
    return { ok: true, id: kept.id, message: msg('lesson.my.added', { title: kept.lesson.title }) };
  };

  const copyLink = async (lesson: Lesson): Promise<Outcome> => {
    // The language goes with the link: the class opens the lesson as the teacher shared it.
    const search = lang ? `?lang=${lang}` : '';
    const link = `${location.origin}${location.pathname}${search}#${await lessonFragment(lesson)}`;
    if (link.length > MAX_LINK_CHARS)
      return {
        ok: false,
        problems: [msg('lesson.my.linkTooLong', { count: link.length, max: MAX_LINK_CHARS })],
      };
    await navigator.clipboard.writeText(link);
    return { ok: true, message: msg('lesson.my.linkCopied', { count: link.length }) };
  };

  const remove = async (id: string): Promise<Outcome> => {
    await deleteMyLesson(id);
    changed(id);
    return { ok: true, message: msg('lesson.my.deleted') };
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
