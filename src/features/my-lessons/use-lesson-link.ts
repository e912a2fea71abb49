/**
 * Opening a lesson link (`#lesson-data=…`, lesson-link.ts): once the data is in, the lesson is
 * read and checked like a file, kept in My lessons and presented; the payload leaves the
 * address (the lesson is now `?lesson=my-…`). A damaged link says so and changes nothing.
 */
import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Dataset } from '@/datasets/dataset';
import { LESSON_LINK_KEY, lessonPayload, lessonTextFrom } from '@/datasets/lesson-link';
import { useAppActions } from '@/store/hooks';
import { useLessonCommands } from '@/ports/lesson-port';
import { keepLessonText, MY_LESSONS_KEY } from './use-my-lessons';

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
        const kept = await keepLessonText(
          await lessonTextFrom(payload),
          'The lesson link',
          dataset,
        );
        if (!kept.ok) return noticesAdded(kept.problems.slice(0, 4));
        void client.invalidateQueries({ queryKey: MY_LESSONS_KEY });
        client.removeQueries({ queryKey: ['lesson', kept.id] });
        await commands.open(kept.id);
      } catch (e) {
        noticesAdded([e instanceof Error ? e.message : String(e)]);
      }
    })();
  }, [dataset, noticesAdded, commands, client]);
}
