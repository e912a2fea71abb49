/**
 * What a step sets, and what "next" and "previous" mean: pure, so the rules are tested once and
 * shared by the keys, the buttons, the step list and the presenter window.
 */
import type { Lesson, LessonStep } from '@/datasets/lesson-schema';
import type { StepView } from '@/store/lesson-slice';

/** What `step` sets; `highlighted` are the countries it outlines (outlinedCountries). */
export function stepViewOf(step: LessonStep, highlighted: string[]): StepView {
  return {
    country: step.country ?? null,
    types: step.types ?? [],
    date: step.date === undefined ? undefined : step.date === 'latest' ? null : step.date,
    highlighted,
    bounds: step.bounds ?? null,
    reveal: step.reveal === true,
  };
}

export type NavMove =
  { kind: 'step'; step: number } | { kind: 'reveal'; highlighted: string[] } | { kind: 'none' };

/**
 * Next: a concealed step reveals first (the class has guessed), then moves on. Previous always
 * moves back. Steps are 1-based; `none` at either end.
 */
export function nextMove(
  lesson: Lesson,
  step: number,
  concealed: boolean,
  outlined: (step: LessonStep) => string[],
): NavMove {
  const current = lesson.steps[step - 1];
  if (concealed && current) return { kind: 'reveal', highlighted: outlined(current) };
  return step < lesson.steps.length ? { kind: 'step', step: step + 1 } : { kind: 'none' };
}

export function previousMove(step: number): NavMove {
  return step > 1 ? { kind: 'step', step: step - 1 } : { kind: 'none' };
}

/** A step number from a link, kept inside the lesson. */
export const clampStep = (lesson: Lesson, step: number) =>
  Math.min(Math.max(1, Math.round(step)), lesson.steps.length);
