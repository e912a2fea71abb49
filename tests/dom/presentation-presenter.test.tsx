/**
 * The presenter window and the audience window stay in step both ways, over a fake lesson
 * channel: each sends its state when it changes and adopts the other's without echoing it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LessonMessage } from '@/features/presenter/lesson-channel';
import {
  createFakeChannel,
  lessonSteps,
  outlinedAt,
  renderClassroom,
} from './presentation-helpers';

const title = (n: number) => lessonSteps[n - 1]!.title;
const state = (step: number, extra: Partial<{ concealed: boolean; blackout: string }> = {}) =>
  ({
    type: 'state',
    state: { lessonId: 'paris-2025', step, concealed: false, blackout: 'off', ...extra },
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
    renderClassroom('/?lesson=paris-2025&step=1', channel);
    await screen.findByRole('heading', { level: 2, name: title(1) });
    expect(channel.posted[0]).toEqual({ type: 'hello' });
    await user.keyboard('{PageDown}');
    await screen.findByRole('heading', { level: 2, name: title(2) });
    expect(states(channel.posted).at(-1)).toEqual(state(2));
    const before = channel.posted.length;
    channel.deliver({ type: 'hello' });
    expect(channel.posted.slice(before)).toEqual([state(2)]);
  });

  it('follows the presenter’s step, reveal and blackout without sending them back', async () => {
    const channel = createFakeChannel();
    const { store } = renderClassroom('/?lesson=paris-2025&step=1', channel);
    await screen.findByRole('heading', { level: 2, name: title(1) });
    const before = channel.posted.length;

    channel.deliver(state(6));
    expect(await screen.findByRole('heading', { level: 2, name: title(6) })).toBeInTheDocument();
    expect(window.location.search).toMatch(/step=6$/);

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
    renderClassroom('/?presenter=1&lesson=paris-2025&step=3', channel);
    expect(
      await screen.findByRole('heading', { level: 2, name: `Now: ${title(3)}` }),
    ).toBeInTheDocument();
    expect(screen.getByText(lessonSteps[2]!.notes)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: `Next: ${title(4)}` })).toBeInTheDocument();
    expect(screen.getByText('0:00')).toBeInTheDocument();
    expect(screen.queryByTestId('map-canvas')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next ›' }));
    await screen.findByRole('heading', { level: 2, name: `Now: ${title(4)}` });
    expect(states(channel.posted).at(-1)).toEqual(state(4));

    await user.click(screen.getByRole('button', { name: 'Black screen' }));
    expect(states(channel.posted).at(-1)).toEqual(state(4, { blackout: 'black' }));
    expect(screen.queryByTestId('blackout')).not.toBeInTheDocument(); // only the audience goes dark
    expect(screen.getByText('The audience screen is black.')).toBeInTheDocument();

    await user.keyboard('{PageDown}');
    await screen.findByRole('heading', { level: 2, name: `Now: ${title(5)}` });
  });

  it('follows the audience window when the teacher steps there', async () => {
    const channel = createFakeChannel();
    renderClassroom('/?presenter=1&lesson=paris-2025&step=1', channel);
    await screen.findByRole('heading', { level: 2, name: `Now: ${title(1)}` });
    channel.deliver(state(8, { concealed: true }));
    expect(
      await screen.findByRole('heading', { level: 2, name: `Now: ${title(8)}` }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Colours hidden on the audience screen/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Next press: reveal' })).toBeInTheDocument();
  });
});
