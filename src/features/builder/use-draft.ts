/**
 * The lesson being built: kept in React state for the screen and written to this browser's
 * storage (IndexedDB, lesson-store.ts) on every change, in order, so a reload loses nothing. A
 * failed write (a full or blocked storage) says so in words a teacher can act on, and the text
 * stays on screen. Each write also tells the lesson controller, so "Preview" shows the edits.
 */
import { useCallback, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Lesson } from '@/datasets/lesson-schema';
import { saveMyLesson, storageProblemMsg } from '@/datasets/lesson-store';
import { MY_LESSONS_KEY } from '@/datasets/lesson-queries';
import { useLessonCommands } from '@/ports/lesson-port';
import type { Problem } from './draft-problems';

export type SaveState =
  { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: Problem };

export function useDraft(initial: Lesson) {
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState<SaveState>({ kind: 'saved' });
  const latest = useRef(initial);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const client = useQueryClient();
  const commands = useLessonCommands();

  const write = useCallback(
    (lesson: Lesson) => {
      setSaved({ kind: 'saving' });
      const done = queue.current.then(() => saveMyLesson(lesson));
      queue.current = done.then(
        () => {
          // Only the last write in the queue reports "saved".
          if (latest.current === lesson) setSaved({ kind: 'saved' });
          commands.edited(lesson.id);
          void client.invalidateQueries({ queryKey: MY_LESSONS_KEY });
        },
        (e: unknown) => setSaved({ kind: 'failed', message: storageProblemMsg(e) }),
      );
      return queue.current;
    },
    [client, commands],
  );

  /** Every edit goes through here: the screen and the storage, from the same new draft. */
  const change = useCallback(
    (edit: (d: Lesson) => Lesson) => {
      const next = edit(latest.current);
      if (next === latest.current) return;
      latest.current = next;
      setDraft(next);
      void write(next);
    },
    [write],
  );

  /** Waits for the writes under way (before a preview reads the lesson back). */
  const flush = useCallback(() => queue.current, []);
  /** After a failure: try the same draft again. */
  const retry = useCallback(() => write(latest.current), [write]);

  return { draft, saved, change, flush, retry };
}
