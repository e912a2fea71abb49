import type { LessonStep } from '@/datasets/lesson-schema';
import type { Reveal } from '@/datasets/lesson-reveals';
import type { Translate } from '@/i18n';

/**
 * Where the class is within a step, in words ("card 2 of 3", "question 4 of 5"): null when the
 * step has a single part, so a plain step reads as before.
 */
export function revealLabel(
  step: Pick<LessonStep, 'show' | 'questions'>,
  r: Reveal,
  t: Translate,
): string | null {
  if (r.kind === 'card' && step.show.length > 1)
    return t('lesson.part.card', { n: r.index + 1, count: step.show.length });
  const questions = step.questions?.length ?? 0;
  if (r.kind === 'question' && questions > 1)
    return t('lesson.part.question', { n: r.index + 1, count: questions });
  return null;
}
