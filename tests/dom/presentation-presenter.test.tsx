/**
 * The presenter window and the audience window stay in step both ways, over a fake lesson
 * channel: each sends its state when it changes and adopts the other's without echoing it; only
 * windows paired by the same `&pair=` id share a channel.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { pairChannel, type LessonMessage } from '@/features/presenter/lesson-channel';
import {
  createFakeChannel,
  lessonSteps,
  outlinedAt,
  renderClassroom,
  revealsAt,
} from './presentation-helpers';

const PAIR = 'pair=abc123def456';
const title = (n: number) => lessonSteps[n - 1]!.title;
const state = (
  step: number,
  extra: Partial<{ concealed: boolean; blackout: string; reveal: number }> = {},
) =>
  ({
    type: 'state',
    state: { lessonId: 'paris-2025', step, reveal: 1, concealed: false, blackout: 'off', ...extra },
  }) as LessonMessage;
const states = (posted: LessonMessage[]) => posted.filter((m) => m.type === 'state');

afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.className = '';
});

describe('the audience window', () => {
  it('says hello, answers a hello, and sends each step it moves to', async () => {
    const user = userEvent.setup();
    const channel = createFakeChannel();
    renderClassroom(`/?lesson=paris-2025&step=1&${PAIR}`, channel);
    await screen.findByRole('heading', { level: 2, name: title(1) });
    expect(channel.posted[0]).toEqual({ type: 'hello' });
    expect(channel.names).toEqual([pairChannel('abc123def456')]);
    await user.keyboard('{PageDown}'); // the step's second card
    await waitFor(() => expect(states(channel.posted).at(-1)).toEqual(state(1, { reveal: 2 })));
    for (let i = 1; i < revealsAt(1); i++) await user.keyboard('{PageDown}');
    await screen.findByRole('heading', { level: 2, name: title(2) });
    expect(states(channel.posted).at(-1)).toEqual(state(2));
    const before = channel.posted.length;
    channel.deliver({ type: 'hello' });
    expect(channel.posted.slice(before)).toEqual([state(2)]);
  });

  it('follows the presenter’s step, reveal and blackout without sending them back', async () => {
    const channel = createFakeChannel();
    const { store } = renderClassroom(`/?lesson=paris-2025&step=1&${PAIR}`, channel);
    await screen.findByRole('heading', { level: 2, name: title(1) });
    const before = channel.posted.length;

    channel.deliver(state(6));
    expect(await screen.findByRole('heading', { level: 2, name: title(6) })).toBeInTheDocument();
    expect(window.location.search).toMatch(/step=6&pair=/);
    channel.deliver(state(6, { reveal: 3 }));
    await waitFor(() => expect(window.location.search).toMatch(/step=6&reveal=3&pair=/));

    channel.deliver(state(8, { concealed: true }));
    await screen.findByRole('heading', { level: 2, name: title(8) });
    expect(store.getState().concealed).toBe(true);
    channel.deliver(state(8));
    await waitFor(() => expect(store.getState().concealed).toBe(false));
    expect([...store.getState().highlighted].sort()).toEqual(outlinedAt(8).sort());

    channel.deliver(state(8, { blackout: 'black' }));
    expect(screen.getByTestId('blackout')).toHaveClass('blackout--black');
    channel.deliver(state(8));
    expect(screen.queryByTestId('blackout')).not.toBeInTheDocument();

    expect(channel.posted.slice(before)).toEqual([]);
  });
});

describe('the presenter window', () => {
  it('shows notes, the next step and a timer, and drives the audience', async () => {
    const user = userEvent.setup();
    const channel = createFakeChannel();
    const last = revealsAt(3);
    renderClassroom(`/?presenter=1&lesson=paris-2025&step=3&reveal=${last - 1}&${PAIR}`, channel);
    expect(
      await screen.findByRole('heading', { level: 2, name: `Now: ${title(3)}` }),
    ).toBeInTheDocument();
    expect(screen.getByText(lessonSteps[2]!.notes)).toBeInTheDocument();
    // The presenter knows what the next press shows on the audience screen: a card, then a step.
    expect(
      screen.getByRole('heading', { name: `Next press: card ${last} of ${last} of this step` }),
    ).toBeInTheDocument();
    expect(screen.getByText('0:00')).toBeInTheDocument();
    expect(screen.queryByTestId('map-canvas')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next ›' }));
    expect(screen.getByRole('heading', { name: `Next: ${title(4)}` })).toBeInTheDocument();
    expect(states(channel.posted).at(-1)).toEqual(state(3, { reveal: last }));
    await user.click(screen.getByRole('button', { name: 'Next ›' }));
    await screen.findByRole('heading', { level: 2, name: `Now: ${title(4)}` });
    expect(states(channel.posted).at(-1)).toEqual(state(4));

    await user.click(screen.getByRole('button', { name: 'Black screen' }));
    expect(states(channel.posted).at(-1)).toEqual(state(4, { blackout: 'black' }));
    expect(screen.queryByTestId('blackout')).not.toBeInTheDocument(); // only the audience goes dark
    expect(screen.getByText('The audience screen is black.')).toBeInTheDocument();

    for (let i = 0; i < revealsAt(4); i++) await user.keyboard('{PageDown}');
    await screen.findByRole('heading', { level: 2, name: `Now: ${title(5)}` });
  });

  it('follows the audience window when the teacher steps there', async () => {
    const channel = createFakeChannel();
    renderClassroom(`/?presenter=1&lesson=paris-2025&step=1&${PAIR}`, channel);
    await screen.findByRole('heading', { level: 2, name: `Now: ${title(1)}` });
    channel.deliver(state(8, { concealed: true }));
    expect(
      await screen.findByRole('heading', { level: 2, name: `Now: ${title(8)}` }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Colours hidden on the audience screen/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Next press: reveal' })).toBeInTheDocument();
  });
});

describe('a window that is not of the pair', () => {
  it('never opens the lesson channel: it neither follows nor steps nor ends the lesson', async () => {
    const user = userEvent.setup();
    const channel = createFakeChannel();
    renderClassroom('/?lesson=paris-2025&step=2', channel);
    await screen.findByRole('heading', { level: 2, name: title(2) });
    channel.deliver(state(6)); // another window's lesson: not heard
    await user.keyboard('{PageDown}');
    await user.click(screen.getByRole('button', { name: 'Leave lesson' }));
    await waitFor(() => expect(window.location.search).not.toMatch(/lesson=/));
    expect(channel.names).toEqual([]);
    expect(channel.posted).toEqual([]);
  });

  it('a presenter window opened without a lesson explains how to start one', async () => {
    renderClassroom('/?presenter=1', createFakeChannel());
    expect(
      await screen.findByRole('heading', { name: /no lesson is running/i }),
    ).toBeInTheDocument();
    expect(screen.getByText(/press “Present”/)).toBeInTheDocument();
    expect(screen.getByText(/press N there/)).toBeInTheDocument();
  });
});
