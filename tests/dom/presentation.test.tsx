/**
 * Classroom mode as a teacher drives it: Present, every clicker key, the reveal, steps from
 * the URL, Back as "previous step", and keys left alone while typing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  lessonSteps,
  onStep,
  outlinedAt,
  renderClassroom,
  resetClassroom,
  revealsAt,
  stepTitle,
} from './presentation-helpers';
import { mapInCharge } from '../support/render-app';

type User = ReturnType<typeof userEvent.setup>;
/** Presses `key` as often as it takes to go through step `n`'s cards and off it. */
const through = async (user: User, key: string, n: number) => {
  for (let i = 0; i < revealsAt(n); i++) await user.keyboard(key);
};

afterEach(resetClassroom);

describe('presenting a lesson', () => {
  it('starts from Present, steps with every next and previous key, and pushes history', async () => {
    const user = userEvent.setup();
    const { map } = renderClassroom('/');
    await user.click(await screen.findByRole('button', { name: 'Present' }));
    await onStep(1);
    await mapInCharge(map);
    expect(
      screen.getByRole('button', { name: `Step 1 of ${lessonSteps.length}` }),
    ).toBeInTheDocument();
    // Present opens the lesson at projector scale.
    expect(window.location.search).toBe('?date=2025-09-04&projector=1&lesson=paris-2025&step=1');

    await through(user, '{PageDown}', 1);
    await onStep(2);
    await through(user, '{ArrowRight}', 2);
    await onStep(3);
    await through(user, ' ', 3);
    await onStep(4);
    const four = lessonSteps[3]!;
    expect([...map.setHighlighted.mock.lastCall![0]].sort()).toEqual(outlinedAt(4).sort());
    expect(outlinedAt(4).length).toBeGreaterThan(0);
    expect(map.fitBounds).toHaveBeenLastCalledWith(four.bounds);
    expect(window.location.search).toBe(
      '?types=outside&date=2025-09-04&projector=1&lesson=paris-2025&step=4',
    );

    // Back onto a step lands on its last card, then goes back through its cards.
    await user.keyboard('{PageUp}');
    await onStep(3);
    expect(window.location.search).toMatch(new RegExp(`step=3&reveal=${revealsAt(3)}$`));
    await through(user, '{ArrowLeft}', 3);
    await onStep(2);
    await through(user, '{Shift>} {/Shift}', 2);
    await onStep(1);

    // Back is "previous step": the entry before this one was step 2.
    window.history.back();
    await waitFor(() => expect(window.location.search).toMatch(/step=2(&reveal=\d+)?$/));
    act(() => void window.dispatchEvent(new PopStateEvent('popstate')));
    await onStep(2);
  });

  it('blacks out with B or ., whites out with W, and Esc backs out of that before leaving', async () => {
    const user = userEvent.setup();
    const { map } = renderClassroom('/?lesson=paris-2025&step=2');
    await onStep(2);
    await mapInCharge(map);
    await user.keyboard('b');
    expect(screen.getByTestId('blackout')).toHaveClass('blackout--black');
    await user.keyboard('b');
    expect(screen.queryByTestId('blackout')).not.toBeInTheDocument();
    await user.keyboard('.');
    expect(screen.getByTestId('blackout')).toHaveClass('blackout--black');
    await user.keyboard('{PageDown}'); // a clicker press brings the screen back, no step
    expect(screen.queryByTestId('blackout')).not.toBeInTheDocument();
    await onStep(2);
    await user.keyboard('w');
    expect(screen.getByTestId('blackout')).toHaveClass('blackout--white');
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('blackout')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: stepTitle(2) })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: stepTitle(2) })).not.toBeInTheDocument(),
    );
    expect(window.location.search).not.toMatch(/lesson=/);
    // The map stops keeping the last step's bounds in view once the lesson is over.
    expect(map.fitBounds).toHaveBeenLastCalledWith(null);
  });

  it('closes an open country panel with Esc before leaving the lesson', async () => {
    const user = userEvent.setup();
    renderClassroom('/?lesson=paris-2025&step=5');
    await onStep(5);
    expect(await screen.findByRole('complementary', { name: 'Germany' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('complementary')).not.toBeInTheDocument());
    expect(screen.getByRole('heading', { level: 2, name: stepTitle(5) })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: stepTitle(5) })).not.toBeInTheDocument(),
    );
  });

  it('F asks for fullscreen and N opens the presenter window on this step', async () => {
    const user = userEvent.setup();
    const requestFullscreen = vi.fn(() => Promise.resolve());
    document.documentElement.requestFullscreen = requestFullscreen;
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    renderClassroom('/?lesson=paris-2025&step=3');
    await onStep(3);
    await user.keyboard('f');
    expect(requestFullscreen).toHaveBeenCalledTimes(1);
    await user.keyboard('n');
    expect(open).toHaveBeenCalledTimes(1);
    // Paired: the same new id in both windows' addresses.
    const url = new URL(String(open.mock.lastCall![0]));
    expect(url.search).toMatch(/^\?lesson=paris-2025&step=3&presenter=1&pair=[a-z0-9]+$/);
    expect(new URLSearchParams(window.location.search).get('pair')).toBe(
      url.searchParams.get('pair'),
    );
  });

  it('hides colours and answers on a reveal step until the next press', async () => {
    const user = userEvent.setup();
    const { map, store } = renderClassroom('/?lesson=paris-2025&step=8');
    await onStep(8);
    await mapInCharge(map);
    expect(screen.getByText(/Colours hidden: make your guess/)).toBeInTheDocument();
    expect(screen.queryByText(/Changed type between/)).not.toBeInTheDocument();
    await waitFor(() =>
      expect(map.setDisplay).toHaveBeenLastCalledWith(expect.objectContaining({ concealed: true })),
    );
    expect(map.setHighlighted).toHaveBeenLastCalledWith([]);

    await user.keyboard('{PageDown}');
    expect(await screen.findByText(/Changed type between/)).toBeInTheDocument();
    const stage = screen.getByRole('region', { name: stepTitle(8) });
    expect(within(stage).getByText('Germany')).toBeInTheDocument();
    expect(store.getState().lessonStep).toBe(8);
    expect(map.setDisplay).toHaveBeenLastCalledWith(expect.objectContaining({ concealed: false }));
    expect([...map.setHighlighted.mock.lastCall![0]].sort()).toEqual(outlinedAt(8).sort());
    // The caption no longer asks for the reveal: the lesson's revealedCaption replaces it.
    expect(screen.queryByText(/press next to reveal/i)).not.toBeInTheDocument();
    expect(screen.getByText(lessonSteps[7]!.revealedCaption!)).toBeInTheDocument();
    await through(user, '{PageDown}', 8);
    await onStep(9);
  });

  it('opens at the step in the URL, with its country and date, and keeps a bad step in range', async () => {
    const { store } = renderClassroom('/?lesson=paris-2025&step=5');
    await onStep(5);
    expect(await screen.findByRole('complementary', { name: 'Germany' })).toBeInTheDocument();
    expect(store.getState().asOf).toBe('2025-09-04');
  });

  it('says so when the step or the lesson in the URL does not exist', async () => {
    renderClassroom('/?lesson=paris-2025&step=42');
    await onStep(10);
    expect(screen.getByText(/Ignored step=42: this lesson has 10 steps/)).toBeInTheDocument();
  });

  it('leaves an unknown lesson with a notice and keeps the map', async () => {
    renderClassroom('/?lesson=no-such-lesson&step=2');
    expect(
      await screen.findByText(/Ignored lesson=no-such-lesson: no lesson has that id/),
    ).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(screen.getByRole('button', { name: 'Present' })).toBeInTheDocument();
  });

  it('takes no key while focus is in a text field', async () => {
    const user = userEvent.setup();
    renderClassroom('/?lesson=paris-2025&step=1');
    await onStep(1);
    const search = screen.getByRole('searchbox');
    await user.click(search);
    await user.keyboard('b. {PageDown}{ArrowRight}wfn');
    expect(search).toHaveValue('b. wfn');
    expect(screen.queryByTestId('blackout')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: stepTitle(1) })).toBeInTheDocument();
  });

  it('jumps to any step from the step list', async () => {
    const user = userEvent.setup();
    renderClassroom('/?lesson=paris-2025&step=1');
    await onStep(1);
    await user.click(screen.getByRole('button', { name: `Step 1 of ${lessonSteps.length}` }));
    await user.click(screen.getByRole('button', { name: `7. ${stepTitle(7)}` }));
    await onStep(7);
  });

  it('scales the interface with + and - in projector mode', async () => {
    const user = userEvent.setup();
    const { store } = renderClassroom('/?projector=1&lesson=paris-2025&step=1');
    await onStep(1);
    expect(document.documentElement).toHaveClass('projector-mode', 'lesson-active');
    await user.keyboard('++');
    expect(store.getState().uiScale).toBe(1.2);
    await user.keyboard('-');
    expect(document.documentElement.style.getPropertyValue('--ui-scale')).toBe('1.1');
  });
});
