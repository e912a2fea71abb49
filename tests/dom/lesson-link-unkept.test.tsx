/**
 * A lesson link in a browser that will not keep it (a frame in another site, where Chromium
 * denies IndexedDB; a private window): the lesson is in the link, so it is presented all the same,
 * with a notice that it is not kept. No fake-indexeddb here: every open of the database throws.
 */
import { afterEach, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import paris from '../../data/lessons/paris-2025.json';
import { renderClassroom, resetClassroom } from './presentation-helpers';
import { lessonFragment } from '@/datasets/lesson-link';
import { Lesson } from '@/datasets/lesson-schema';

afterEach(resetClassroom);

it('presents a lesson from its link when the browser will not keep it, and says so', async () => {
  const denied = () => {
    throw new DOMException('The user denied permission to access the database.', 'UnknownError');
  };
  Object.defineProperty(globalThis, 'indexedDB', { value: { open: denied }, configurable: true });
  const lesson = { ...Lesson.parse(paris), id: 'my-framed', title: 'Framed lesson' };
  renderClassroom(`/?embed=1#${await lessonFragment(lesson)}`);
  expect(
    await screen.findByRole('heading', { level: 2, name: paris.steps[0]!.title }),
  ).toBeVisible();
  expect(new URLSearchParams(window.location.search).get('lesson')).toBe('my-framed');
  expect(
    await screen.findByText(/would not keep the lesson .* It is shown for this visit only\./),
  ).toBeInTheDocument();
});
