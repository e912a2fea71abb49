/**
 * The lesson on screen and its current step, for rendering, in the class's language. It reads
 * the same cache entry the lesson controller loads (checkedLessonQuery), so no view downloads or
 * checks a lesson again; a built-in lesson's translation loads beside it (lesson-text.ts).
 */
import { useQuery } from '@tanstack/react-query';
import { checkedLessonQuery, lessonExists } from '@/datasets/lesson-queries';
import { lessonTranslationQuery } from '@/datasets/lesson-translation-query';
import { localiseLesson } from '@/datasets/lesson-text';
import { useLang, useLessonId, useLessonStep } from './hooks';

export function useCurrentLesson() {
  const lessonId = useLessonId();
  const step = useLessonStep();
  const lang = useLang();
  const known = lessonId !== null && lessonExists(lessonId);
  const lesson = useQuery({ ...checkedLessonQuery(lessonId ?? ''), enabled: known }).data;
  const translation = useQuery(lessonTranslationQuery(lang, lessonId ?? '')).data;
  const english = lesson && lesson.id === lessonId ? lesson : undefined;
  const current = english && localiseLesson(english, lang, translation);
  return { lesson: current, step: current?.steps[step - 1] };
}
