/**
 * Renders the app for the classroom tests: the support fixtures plus the lesson files, a fake
 * map, and a fake lesson channel that records what the app sends and plays the other window.
 */
import { act, render, screen } from '@testing-library/react';
import { expect, vi } from 'vitest';
import paris from '../../data/lessons/paris-2025.json';
import { App } from '@/app/app';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { storeFromUrl } from '@/app/initial-state';
import { LESSON_URLS } from '@/datasets/lesson-queries';
import {
  LessonChannelContext,
  type LessonChannel,
  type LessonMessage,
} from '@/features/presenter/lesson-channel';
import { createFakeMap } from '../support/fake-map-adapter';
import { realCountries } from '../support/fixtures';
import { Lesson } from '@/datasets/lesson-schema';
import { outlinedCountries } from '@/datasets/lesson-check';
import { revealCount } from '@/datasets/lesson-reveals';
import { stubFetch } from '../support/render-app';

export function createFakeChannel() {
  const listeners = new Set<(e: MessageEvent<LessonMessage>) => void>();
  const posted: LessonMessage[] = [];
  /** The channel names the app opened (one per pair of windows). */
  const names: string[] = [];
  const channel: LessonChannel = {
    postMessage: (m) => void posted.push(structuredClone(m)),
    addEventListener: (_type, cb) => void listeners.add(cb),
    removeEventListener: (_type, cb) => void listeners.delete(cb),
    close: vi.fn(),
  };
  return {
    factory: (name: string) => (names.push(name), channel),
    posted,
    names,
    /** The other window sends a message. */
    deliver: (m: LessonMessage) =>
      act(() => listeners.forEach((cb) => cb(new MessageEvent('message', { data: m })))),
  };
}

export function renderClassroom(url: string, channel = createFakeChannel()) {
  window.history.replaceState(null, '', url);
  const dataFetch = stubFetch();
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const id = Object.keys(LESSON_URLS).find((k) => LESSON_URLS[k] === String(input));
    return id === 'paris-2025'
      ? new Response(JSON.stringify(paris), { status: 200 })
      : dataFetch(input);
  });
  const { store, camera } = storeFromUrl(window.location);
  const { map, factory } = createFakeMap();
  const view = render(
    <AppProviders
      queryClient={createQueryClient({ retry: false })}
      store={store}
      mapAdapterFactory={factory}
    >
      <LessonChannelContext.Provider value={channel.factory}>
        <App initialCamera={camera} />
      </LessonChannelContext.Provider>
    </AppProviders>,
  );
  return { ...view, map, store, channel };
}

export const lessonSteps = paris.steps;

/** The countries step `n` outlines, selected from the real data as the app does (in any order). */
export function outlinedAt(n: number): string[] {
  const step = Lesson.parse(paris).steps[n - 1]!;
  const date = step.date === undefined || step.date === 'latest' ? null : step.date;
  return outlinedCountries(step, realCountries.countries, date);
}

export const stepTitle = (n: number) => lessonSteps[n - 1]!.title;

/** How many clicker presses step `n` holds (its cards and questions: lesson-reveals.ts). */
export const revealsAt = (n: number) =>
  revealCount(Lesson.parse(paris).steps[n - 1]!, realCountries.countries);

/** Waits for step `n`'s heading on the stage. */
export const onStep = async (n: number) =>
  expect(await screen.findByRole('heading', { level: 2, name: stepTitle(n) })).toBeInTheDocument();

/** After each classroom test: globals, spies and the <html> mode classes back as they were. */
export function resetClassroom() {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.documentElement.className = '';
}
