/**
 * How a step is split into reveals, so every part of it is seen without scrolling on a
 * projector: the step's title and caption stay, and each clicker press shows its next card (a
 * block of `show`; a long list of changes a few rows at a time), then its next discussion
 * question. Deterministic, a pure function of the step and the data: the audience window, the
 * presenter window (of another size) and the address (`&reveal=`) all agree on what "card 2 of
 * 3" is, and a teacher rehearsing on a laptop clicks the same presses as in the room.
 */
import type { LessonStep } from './lesson-schema';
import type { Country } from './schemas';
import { outlinedCountries } from './lesson-check';

/** Rows of a list card shown at once: four fit a 4:3 projector's column at projector scale. */
export const ROWS_PER_CARD = 4;

export type Reveal =
  | { kind: 'card'; index: number; rows: readonly [number, number] | null }
  | { kind: 'question'; index: number }
  | { kind: 'none' };

type Parts = Pick<LessonStep, 'show' | 'questions' | 'date'>;

/** Every part of a step in order: each card (a list card in slices of rows), then each question. */
export function revealsOf(step: Parts, countries: readonly Country[]): Reveal[] {
  const out: Reveal[] = [];
  step.show.forEach((b, index) => {
    if (b.kind !== 'changes') return void out.push({ kind: 'card', index, rows: null });
    // The rows the `changes` card lists: the countries whose type differs between its dates.
    const n = outlinedCountries(
      { outline: { by: 'changes', from: b.from, to: b.to } },
      countries,
      null,
    ).length;
    for (let from = 0; from < Math.max(1, n); from += ROWS_PER_CARD)
      out.push({
        kind: 'card',
        index,
        rows: n > ROWS_PER_CARD ? [from, from + ROWS_PER_CARD] : null,
      });
  });
  (step.questions ?? []).forEach((_, index) => out.push({ kind: 'question', index }));
  return out;
}

/** How many presses a step holds (at least 1: its title and caption). */
export const revealCount = (step: Parts, countries: readonly Country[]) =>
  Math.max(1, revealsOf(step, countries).length);

/** What reveal `n` (1-based) of a step shows. */
export function revealOf(step: Parts, n: number, countries: readonly Country[]): Reveal {
  return revealsOf(step, countries)[clampReveal(step, n, countries) - 1] ?? { kind: 'none' };
}

/** A reveal number from a link or the other window, kept inside the step. */
export const clampReveal = (step: Parts, n: number, countries: readonly Country[]) =>
  Math.min(Math.max(1, Math.round(n)), revealCount(step, countries));

/** The caption on screen: a guessing step says something else once it is revealed. */
export const captionOf = (
  step: Pick<LessonStep, 'caption' | 'revealedCaption'>,
  concealed: boolean,
) => (concealed ? step.caption : (step.revealedCaption ?? step.caption));
