/**
 * A teacher's lesson as the builder starts it: a new one, or a copy of another (a built-in
 * lesson, or one of My lessons). Both get a fresh `my-` id, so a copy never writes over what it
 * was made from. A draft has the lesson's shape but may not pass its checks yet (one step, an
 * empty description): the builder shows what is missing, and presenting checks it again.
 */
import type { Lesson } from './lesson-schema';
import { MY_PREFIX } from './lesson-store';

const TITLE_MAX = 120;

/** `my-<words of the title>-<time in base 36>`: unique per moment, readable in an address. */
export function newLessonId(title: string, now = new Date()): string {
  const words = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/, '');
  return `${MY_PREFIX}${words || 'lesson'}-${now.getTime().toString(36)}`;
}

/**
 * An empty lesson: the teacher adds views of the map as steps. `title`: the reader's words for
 * an untitled lesson (t('lesson.my.untitled')); it becomes the lesson's own, editable title.
 */
export function blankLesson(now = new Date(), title = 'Untitled lesson'): Lesson {
  return { id: newLessonId('lesson', now), title, description: '', steps: [] };
}

/**
 * A copy to edit, under a new id and a title that says it is a copy (`titled`: in the reader's
 * words, t('lesson.my.copyTitle')).
 */
export function lessonCopy(
  lesson: Lesson,
  now = new Date(),
  titled = (title: string) => `${title} (copy)`,
): Lesson {
  const title = titled(lesson.title).slice(0, TITLE_MAX);
  return {
    ...structuredClone(lesson),
    id: newLessonId(lesson.title.replace(/^my-/, ''), now),
    title,
  };
}
