/**
 * The lesson on screen and its current step, for rendering. It reads the same cache entry the
 * lesson controller loads (checkedLessonQuery), so no view downloads or checks a lesson again.
 */
import { useQuery } from '@tanstack/react-query';
import { checkedLessonQuery, lessonExists } from '@/datasets/lesson-queries';
import { useLessonId, useLessonStep } from './hooks';

export function useCurrentLesson() {
  const lessonId = useLessonId();
  const step = useLessonStep();
  const known = lessonId !== null && lessonExists(lessonId);
  const lesson = useQuery({ ...checkedLessonQuery(lessonId ?? ''), enabled: known }).data;
  const current = lesson && lesson.id === lessonId ? lesson : undefined;
  return { lesson: current, step: current?.steps[step - 1] };
}
