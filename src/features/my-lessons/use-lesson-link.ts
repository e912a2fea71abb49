/**
 * Opening a lesson link (`#lesson-data=…`, lesson-link.ts): once the data is in, the lesson is
 * read and checked like a file, kept in My lessons and presented; the payload leaves the
 * address (the lesson is now `?lesson=my-…`). A damaged link says so and changes nothing; a
 * browser that will not keep it (an embed in another site's frame) still presents it, saying so.
 */
import { msg } from '@/i18n/messages';
import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Dataset } from '@/datasets/dataset';
import { LESSON_LINK_KEY, lessonPayload, lessonTextFrom } from '@/datasets/lesson-link';
import { useAppActions } from '@/store/hooks';
import { useLessonCommands } from '@/ports/lesson-port';
import { LessonError } from '@/datasets/lesson-check';
import { readLessonFile } from '@/datasets/lesson-file';
import { lessonQuery } from '@/datasets/lesson-queries';
import { isMyLesson, MY_PREFIX, saveMyLesson, storageProblemMsg } from '@/datasets/lesson-store';
import { MY_LESSONS_KEY } from './use-my-lessons';

/** The fragment without the lesson payload (the map's camera, if any, stays). */
const withoutPayload = (hash: string) => {
  const rest = hash
    .slice(1)
    .split('&')
    .filter((p) => p && !p.startsWith(`${LESSON_LINK_KEY}=`));
  return rest.length ? `#${rest.join('&')}` : '';
};

export function useLessonLink(dataset: Dataset | undefined) {
  const { noticesAdded } = useAppActions();
  const commands = useLessonCommands();
  const client = useQueryClient();
  const done = useRef(false);
  useEffect(() => {
    const payload = lessonPayload(location.hash);
    if (!dataset || payload === null || done.current) return;
    done.current = true;
    const { pathname, search, hash } = location;
    history.replaceState(history.state, '', `${pathname}${search}${withoutPayload(hash)}`);
    void (async () => {
      try {
        // No file name: the first notice says it is the link; each problem says where.
        const read = readLessonFile(await lessonTextFrom(payload), '', dataset);
        if (!read.ok)
          return noticesAdded([
            msg('lesson.link.notOpened', { count: read.problems.length }),
            ...read.problems.slice(0, 3).map((p) => p.said),
          ]);
        let id: string;
        try {
          id = await saveMyLesson(read.lesson);
          void client.invalidateQueries({ queryKey: MY_LESSONS_KEY });
          client.removeQueries({ queryKey: ['lesson', id] });
        } catch (e) {
          // A browser that will not keep it (a frame in another site, a private window): the
          // lesson is in the link, so it is presented from memory for this visit all the same.
          id = isMyLesson(read.lesson.id) ? read.lesson.id : `${MY_PREFIX}${read.lesson.id}`;
          client.removeQueries({ queryKey: ['lesson', id] });
          client.setQueryData(lessonQuery(id).queryKey, { ...read.lesson, id });
          noticesAdded([storageProblemMsg(e, { thisVisit: true })]);
        }
        await commands.open(id);
      } catch (e) {
        noticesAdded([
          e instanceof LessonError
            ? e.said
            : msg('lesson.my.failed', { detail: e instanceof Error ? e.message : String(e) }),
        ]);
      }
    })();
  }, [dataset, noticesAdded, commands, client]);
}
