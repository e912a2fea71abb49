/**
 * A step that holds more than one card or question shows them one clicker press at a time, on
 * the same step; PageUp goes back through them; the address says which one (`&reveal=`).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  lessonSteps,
  onStep,
  renderClassroom,
  resetClassroom,
  revealsAt,
} from './presentation-helpers';

afterEach(resetClassroom);
const last = lessonSteps.length;
const questions = lessonSteps[last - 1]!.questions!;
const card = () => screen.getByTestId('lesson-reveal');

describe('reveals within a step', () => {
  it('shows the discussion questions one per press, forward and back, in the address', async () => {
    const user = userEvent.setup();
    renderClassroom(`/?lesson=paris-2025&step=${last}`);
    await onStep(last);
    expect(questions.length).toBeGreaterThan(1);
    expect(revealsAt(last)).toBe(questions.length);
    for (const [i, q] of questions.entries()) {
      expect(within(card()).getByText(q)).toBeInTheDocument();
      expect(within(card()).getAllByRole('listitem')).toHaveLength(1);
      expect(screen.getByText(`· question ${i + 1} of ${questions.length}`)).toBeInTheDocument();
      if (i > 0) expect(window.location.search).toMatch(new RegExp(`&reveal=${i + 1}$`));
      if (i < questions.length - 1) await user.keyboard('{PageDown}');
    }
    // The last press of the lesson does nothing; Next is disabled there.
    expect(screen.getByRole('button', { name: 'Next ›' })).toBeDisabled();
    await user.keyboard('{PageUp}');
    expect(within(card()).getByText(questions.at(-2)!)).toBeInTheDocument();
    await onStep(last);
  });

  it('opens at the card the address names, and steps back onto the last card of a step', async () => {
    const user = userEvent.setup();
    const n = lessonSteps.findIndex((_s, i) => i > 0 && revealsAt(i + 1) > 1) + 1;
    renderClassroom(`/?lesson=paris-2025&step=${n}&reveal=${revealsAt(n)}`);
    await onStep(n);
    expect(
      screen.getByText(`· card ${revealsAt(n)} of ${revealsAt(n)}`, { exact: true }),
    ).toBeInTheDocument();
    await user.keyboard('{PageDown}');
    await onStep(n + 1);
    await user.keyboard('{PageUp}');
    await onStep(n);
    await waitFor(() =>
      expect(window.location.search).toMatch(new RegExp(`step=${n}&reveal=${revealsAt(n)}$`)),
    );
  });

  it('counts no card before a guessing step is revealed, then counts from the first', async () => {
    const user = userEvent.setup();
    const n = lessonSteps.findIndex((s, i) => s.reveal && revealsAt(i + 1) > 1) + 1;
    expect(n).toBeGreaterThan(0);
    renderClassroom(`/?lesson=paris-2025&step=${n}`);
    await onStep(n);
    expect(screen.getByText(/Colours hidden: make your guess/)).toBeInTheDocument();
    expect(screen.queryByText(/(card|question) \d+ of/)).not.toBeInTheDocument();
    await user.keyboard('{PageDown}');
    expect(await screen.findByText(/^· card 1 of \d+$/)).toBeInTheDocument();
  });
});
