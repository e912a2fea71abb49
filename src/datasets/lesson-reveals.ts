/**
 * How a step is split into reveals, so every part of it is seen without scrolling on a
 * projector: the step's title and caption stay, and each clicker press shows its next card (a
 * block of `show`), then its next discussion question. Deterministic, a pure function of the
 * step: the audience window, the presenter window (of another size) and the address (`&reveal=`)
 * all agree on what "card 2 of 3" is, and a teacher rehearsing on a laptop clicks the same
 * presses as in the room.
 */
import type { LessonStep } from './lesson-schema';

export type Reveal =
  { kind: 'card'; index: number } | { kind: 'question'; index: number } | { kind: 'none' };

type Parts = Pick<LessonStep, 'show' | 'questions'>;

/** How many presses a step holds (at least 1: its title and caption). */
export function revealCount(step: Parts): number {
  return Math.max(1, step.show.length + (step.questions?.length ?? 0));
}

/** What reveal `n` (1-based) of a step shows: cards first, then questions. */
export function revealOf(step: Parts, n: number): Reveal {
  const cards = step.show.length;
  const k = clampReveal(step, n) - 1;
  if (k < cards) return { kind: 'card', index: k };
  if (k - cards < (step.questions?.length ?? 0)) return { kind: 'question', index: k - cards };
  return { kind: 'none' };
}

/** A reveal number from a link or the other window, kept inside the step. */
export const clampReveal = (step: Parts, n: number) =>
  Math.min(Math.max(1, Math.round(n)), revealCount(step));

/** The caption on screen: a guessing step says something else once it is revealed. */
export const captionOf = (
  step: Pick<LessonStep, 'caption' | 'revealedCaption'>,
  concealed: boolean,
) => (concealed ? step.caption : (step.revealedCaption ?? step.caption));
