import { describe, expect, it } from 'vitest';
import paris from '../../data/lessons/paris-2025.json';
import { Lesson } from '@/datasets/lesson-schema';
import {
  ROWS_PER_CARD,
  captionOf,
  clampReveal,
  revealCount,
  revealOf,
} from '@/datasets/lesson-reveals';
import { parseUrl, serialiseUrl, EMPTY_URL_STATE } from '@/store/url-state';
import { outlinedCountries } from '@/datasets/lesson-check';
import { realCountries } from '../support/fixtures';

const lesson = Lesson.parse(paris);
const countries = realCountries.countries;

describe('how a step is split into reveals', () => {
  it.each(lesson.steps.map((s, i) => [i + 1, s] as const))(
    'step %i: one reveal per card, then per question, each shown once',
    (_n, step) => {
      const count = revealCount(step, countries);
      const seen = Array.from({ length: count }, (_, k) => revealOf(step, k + 1, countries));
      const cards = [...new Set(seen.flatMap((r) => (r.kind === 'card' ? [r.index] : [])))];
      const asked = seen.filter((r) => r.kind === 'question').map((r) => r.index);
      expect(cards).toEqual(step.show.map((_, i) => i));
      expect(asked).toEqual((step.questions ?? []).map((_, i) => i));
      // A list card's slices cover its rows once each, at most ROWS_PER_CARD at a time.
      step.show.forEach((b, i) => {
        if (b.kind !== 'changes') return;
        const rows = outlinedCountries({ outline: { by: 'changes', ...b } }, countries, null);
        const slices = seen.flatMap((r) => (r.kind === 'card' && r.index === i ? [r.rows] : []));
        const covered = slices.flatMap((r) => (r ? rows.slice(...r) : rows));
        expect(covered).toEqual(rows);
        for (const r of slices) if (r) expect(r[1] - r[0]).toBeLessThanOrEqual(ROWS_PER_CARD);
      });
      expect(clampReveal(step, count + 5, countries)).toBe(count);
      expect(clampReveal(step, 0, countries)).toBe(1);
    },
  );

  it('a guessing step changes its caption once revealed, from the lesson data', () => {
    const guess = lesson.steps.find((s) => s.reveal)!;
    expect(captionOf(guess, true)).toBe(guess.caption);
    expect(captionOf(guess, false)).toBe(guess.revealedCaption);
    expect(captionOf(guess, false)).not.toMatch(/press next/i);
    const plain = lesson.steps.find((s) => !s.reveal)!;
    expect(captionOf(plain, false)).toBe(plain.caption);
  });

  it('reads and writes the reveal and the pair id in the address', () => {
    const { state, notices } = parseUrl('?lesson=paris-2025&step=5&reveal=2&pair=abc123def456');
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ lesson: 'paris-2025', step: 5, reveal: 2, pair: 'abc123def456' });
    expect(
      serialiseUrl({ ...EMPTY_URL_STATE, lesson: 'paris-2025', step: 5, reveal: 1 }).search,
    ).toBe('?lesson=paris-2025&step=5');
    expect(parseUrl('?reveal=2').notices).toHaveLength(1);
    expect(parseUrl('?pair=<script>').notices).toHaveLength(1);
  });
});
