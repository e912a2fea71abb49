/**
 * Issue 16: a teacher's lessons, kept in this browser (IndexedDB, faked here by fake-indexeddb).
 * A file is opened, checked, kept and presented; a broken one is refused with its problems and
 * keeps nothing; a link carries the whole lesson, and a lesson too long for one says so.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import paris from '../../data/lessons/paris-2025.json';
import { renderClassroom, resetClassroom } from './presentation-helpers';
import { MAX_LINK_CHARS } from '@/datasets/lesson-link';

afterEach(resetClassroom);

const lessonFile = (lesson: unknown, name = 'ours.json') =>
  new File([JSON.stringify(lesson)], name, { type: 'application/json' });
const openMyLessons = async () => {
  await screen.findByRole('heading', { level: 2, name: 'My lessons' });
  return screen.getByLabelText(/Open a lesson file/);
};
const card = (title: string) => screen.getByRole('group', { name: title });

describe('My lessons', () => {
  it('opens a lesson file, keeps it and presents it', async () => {
    const user = userEvent.setup();
    renderClassroom('/?view=lessons');
    const title = 'Our class: who guarantees what?';
    await user.upload(await openMyLessons(), lessonFile({ ...paris, title }));
    expect(await screen.findByText(`“${title}” is now in My lessons.`)).toHaveAttribute(
      'role',
      'status',
    );
    expect(await screen.findByRole('heading', { level: 4, name: title })).toBeVisible();
    await user.click(within(card(title)).getByRole('button', { name: 'Present' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: paris.steps[0]!.title }),
    ).toBeVisible();
    expect(new URLSearchParams(window.location.search).get('lesson')).toBe('my-paris-2025');
  });

  it('refuses a broken file with every problem, keeping nothing', async () => {
    const user = userEvent.setup();
    renderClassroom('/?view=lessons');
    const broken = { ...paris, title: 'Broken', steps: [{ ...paris.steps[0], country: 'ZZZ' }] };
    await user.upload(await openMyLessons(), lessonFile(broken, 'broken.json'));
    const problem = await screen.findByText('broken.json: steps: needs at least two steps');
    expect(problem.closest('[role=alert]')).toHaveTextContent(/The lesson was not opened/);
    expect(screen.queryByRole('heading', { level: 4, name: 'Broken' })).toBeNull();
  });

  it('copies a link that carries the whole lesson, even once deleted here', async () => {
    const user = userEvent.setup();
    const { unmount } = renderClassroom('/?view=lessons');
    const title = 'Shared by a colleague';
    await user.upload(await openMyLessons(), lessonFile({ ...paris, id: 'shared', title }));
    await screen.findByRole('heading', { level: 4, name: title });
    await user.click(within(card(title)).getByRole('button', { name: 'Copy link' }));
    await screen.findByText(/^Link copied \(\d[\d,]* characters\)\.$/);
    const link = await navigator.clipboard.readText();
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    await user.click(within(card(title)).getByRole('button', { name: 'Delete' }));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { level: 4, name: title })).toBeNull(),
    );
    unmount();
    resetClassroom();
    const url = new URL(link);
    renderClassroom(`${url.pathname}${url.hash}`);
    expect(
      await screen.findByRole('heading', { level: 2, name: paris.steps[0]!.title }),
    ).toBeVisible();
    expect(window.location.hash).not.toMatch(/lesson-data/);
    expect(new URLSearchParams(window.location.search).get('lesson')).toBe('my-shared');
  });

  it('says when a lesson is too long for a link and offers the file', async () => {
    const user = userEvent.setup();
    renderClassroom('/?view=lessons');
    // Text that does not compress: 40 steps of different long notes.
    let seed = 7;
    const noise = (n: number) =>
      Array.from({ length: n }, () =>
        ((seed = (seed * 16807) % 2147483647) % 36).toString(36),
      ).join('');
    const steps = Array.from({ length: 40 }, (_, i) => ({
      ...paris.steps[1],
      id: `s${i}`,
      notes: noise(1400),
    }));
    const title = 'A very long lesson';
    await user.upload(await openMyLessons(), lessonFile({ ...paris, id: 'long', title, steps }));
    await screen.findByRole('heading', { level: 4, name: title });
    await user.click(within(card(title)).getByRole('button', { name: 'Copy link' }));
    const message = await screen.findByText(/too long for a link/);
    expect(message.closest('[role=alert]')).not.toBeNull();
    expect(message).toHaveTextContent(
      /too long for a link \([\d,]+ characters; links are kept under 8,000\)\. Export it as a file instead\./,
    );
  });
});
