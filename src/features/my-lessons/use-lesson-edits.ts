/**
 * Starting the builder from My lessons: a new lesson, a kept lesson as it is ("Edit"), or a copy
 * of any lesson ("Edit a copy", the built-in ones too), which gets an id of its own so the
 * original stays as it was. The lesson is kept first, so the builder (and a reload) finds it.
 */
import { useQueryClient } from '@tanstack/react-query';
import { blankLesson, lessonCopy } from '@/datasets/lesson-draft';
import type { Lesson } from '@/datasets/lesson-schema';
import { saveMyLesson, storageProblemMsg } from '@/datasets/lesson-store';
import { MY_LESSONS_KEY } from '@/datasets/lesson-queries';
import { useAppActions } from '@/store/hooks';
import type { Outcome } from './use-my-lessons';
import { msg } from '@/i18n/messages';
import { useT } from '@/i18n';

export function useLessonEdits() {
  const client = useQueryClient();
  const { lessonEditOpened } = useAppActions();
  const t = useT();
  const keepAndOpen = async (lesson: Lesson): Promise<Outcome> => {
    try {
      const id = await saveMyLesson(lesson);
      void client.invalidateQueries({ queryKey: MY_LESSONS_KEY });
      lessonEditOpened(id);
      return { ok: true, id, message: msg('lesson.my.inBuilder', { title: lesson.title }) };
    } catch (e) {
      return { ok: false, problems: [storageProblemMsg(e)] };
    }
  };
  return {
    // The new lesson's title is the teacher's to change: it starts in their language.
    startNew: () => keepAndOpen(blankLesson(new Date(), t('lesson.my.untitled'))),
    editCopy: (lesson: Lesson) =>
      keepAndOpen(lessonCopy(lesson, new Date(), (title) => t('lesson.my.copyTitle', { title }))),
    edit: (id: string) => lessonEditOpened(id),
  };
}
