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
  | { kind: 'step'; step: number; reveal: number }
  | { kind: 'reveal'; highlighted: string[] }
  | { kind: 'card'; reveal: number }
  | { kind: 'none' };

/**
 * Next: a concealed step reveals its colours first (the class has guessed), then shows its next
 * card or question (lesson-reveals.ts), then moves on. Steps and reveals are 1-based; `none` at
 * the end.
 */
export function nextMove(
  lesson: Lesson,
  step: number,
  reveal: number,
  concealed: boolean,
  outlined: (step: LessonStep) => string[],
  /** The presses a step holds (revealCount over the dataset's countries). */
  revealCount: (step: LessonStep) => number,
): NavMove {
  const current = lesson.steps[step - 1];
  if (concealed && current) return { kind: 'reveal', highlighted: outlined(current) };
  if (current && reveal < revealCount(current)) return { kind: 'card', reveal: reveal + 1 };
  return step < lesson.steps.length
    ? { kind: 'step', step: step + 1, reveal: 1 }
    : { kind: 'none' };
}

/**
 * Previous goes back through the step's reveals, then to the step before, on its last reveal
 * (as a slide deck does), unless that step conceals: it starts again at its guess.
 */
export function previousMove(
  lesson: Lesson,
  step: number,
  reveal: number,
  revealCount: (step: LessonStep) => number,
): NavMove {
  if (reveal > 1) return { kind: 'card', reveal: reveal - 1 };
  const before = lesson.steps[step - 2];
  if (!before) return { kind: 'none' };
  return { kind: 'step', step: step - 1, reveal: before.reveal ? 1 : revealCount(before) };
}

/** A step number from a link, kept inside the lesson. */
export const clampStep = (lesson: Lesson, step: number) =>
  Math.min(Math.max(1, Math.round(step)), lesson.steps.length);
