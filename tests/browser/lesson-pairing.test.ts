/**
 * Only paired windows share a lesson, in real Chromium: the presenter window opened from the
 * audience window (N) follows it; a second tab of the app opened during the lesson is a plain
 * viewer: it does not join, and its keys and its "Leave lesson" do not step or end the lesson
 * on the projector.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import paris from '../../data/lessons/paris-2025.json';
import { base, chromiumForThisFile } from './fixture';

const chromium = chromiumForThisFile();
const search = (page: Page) => page.evaluate(() => location.search);
const heading = (page: Page, n: number) =>
  page.getByRole('heading', { level: 2, name: paris.steps[n - 1]!.title });

describe('a second tab during a lesson', () => {
  it('does not join the lesson, and its actions do not end it', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const audience = await context.newPage();
    await audience.goto(`${base}?lesson=paris-2025&step=2`);
    await heading(audience, 2).waitFor();
    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      audience.keyboard.press('n'),
    ]);
    await presenter.getByText(`Now: ${paris.steps[1]!.title}`).waitFor();
    const pair = new URL(presenter.url()).searchParams.get('pair');
    expect(pair).toMatch(/^[a-z0-9]+$/);
    expect(new URLSearchParams(await search(audience)).get('pair')).toBe(pair);

    // A teacher checks something in another tab: the same lesson link, and the bare app.
    const other = await context.newPage();
    await other.goto(`${base}?lesson=paris-2025&step=6`);
    await heading(other, 6).waitFor();
    const bare = await context.newPage();
    await bare.goto(base);
    await bare.getByRole('button', { name: 'Present' }).waitFor();
    expect(await search(other)).not.toMatch(/pair=/);

    // Its keys step only itself; its Leave lesson ends only its own.
    await other.keyboard.press('PageUp');
    await other.getByRole('button', { name: 'Leave lesson' }).click();
    await other.waitForFunction(() => !new URLSearchParams(location.search).has('lesson'));
    await bare.getByRole('button', { name: 'Present' }).click();
    await heading(bare, 1).waitFor();
    await bare.keyboard.press('Escape'); // leaves its own lesson

    await heading(audience, 2).waitFor();
    expect(await search(audience)).toMatch(/lesson=paris-2025&step=2&pair=/);
    await presenter.getByText(`Now: ${paris.steps[1]!.title}`).waitFor();

    // The pair still works both ways, and the other tab does not follow it.
    await other.goto(`${base}?lesson=paris-2025&step=6`);
    await heading(other, 6).waitFor();
    for (let i = 0; i < paris.steps[1]!.show.length; i++)
      await presenter.keyboard.press('PageDown');
    await heading(audience, 3).waitFor();
    await presenter.getByText(`Now: ${paris.steps[2]!.title}`).waitFor();
    expect(new URLSearchParams(await search(other)).get('step')).toBe('6');
    await context.close();
  });
});
