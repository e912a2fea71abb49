/**
 * A teacher's run, in real Chromium: the default lesson from the Present button to its last
 * step with clicker keys only (every step's heading, the reveal, no console error), and the
 * presenter window as a second real window that follows the audience window and drives it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import paris from '../../data/lessons/paris-2025.json';
import countriesFile from '../../data/countries.json';
import { Lesson } from '@/datasets/lesson-schema';
import { CountriesFile } from '@/datasets/schemas';
import { revealCount } from '@/datasets/lesson-reveals';
import { base, chromiumForThisFile } from './fixture';
import { openApp, settle } from './app-page';

const chromium = chromiumForThisFile();

const stepOf = (page: Page) =>
  page.evaluate(() => new URLSearchParams(location.search).get('step'));
const heading = (page: Page, n: number) =>
  page.getByRole('heading', { level: 2, name: paris.steps[n - 1]!.title });
/** The presses a step holds: one per card and question (lesson-reveals.ts). */
const { countries } = CountriesFile.parse(countriesFile);
const parts = (n: number) => revealCount(Lesson.parse(paris).steps[n - 1]!, countries);
const revealOf = (page: Page) =>
  page.evaluate(() => new URLSearchParams(location.search).get('reveal') ?? '1');

describe('running the whole default lesson', () => {
  it('goes from Present to the last step with clicker keys only, without an error', async () => {
    const { page, consoleErrors } = await openApp(chromium.browser, `${base}?projector=1`, {
      width: 1920,
      height: 1080,
    });
    await page.getByRole('button', { name: /^present/i }).focus();
    await page.keyboard.press('Enter');
    await heading(page, 1).waitFor();

    const clicker = ['PageDown', 'ArrowRight', 'Space'];
    for (let n = 2; n <= paris.steps.length; n++) {
      const previous = paris.steps[n - 2]!;
      // A reveal step takes one press to show the colours before the next press moves on.
      if ('reveal' in previous && previous.reveal) {
        await page.keyboard.press('PageDown');
        await page.getByRole('button', { name: 'Next ›' }).waitFor();
        expect(await stepOf(page)).toBe(String(n - 1));
      }
      // Each press shows the step's next card, the last one moves on.
      for (let k = 2; k <= parts(n - 1); k++) {
        await page.keyboard.press(clicker[(n + k) % clicker.length]!);
        await expect.poll(() => revealOf(page)).toBe(String(k));
      }
      await page.keyboard.press(clicker[n % clicker.length]!);
      await heading(page, n).waitFor();
      expect(await stepOf(page)).toBe(String(n));
      await settle(page);
    }
    // Through the last step's questions; past the end nothing moves; Esc leaves the lesson.
    const last = paris.steps.length;
    for (let k = 2; k <= parts(last); k++) await page.keyboard.press('PageDown');
    await expect.poll(() => revealOf(page)).toBe(String(parts(last)));
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(300); // a step change would have pushed the URL by now
    expect(await stepOf(page)).toBe(String(paris.steps.length));
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('lesson'));
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('the presenter window, as a second real window', () => {
  it('follows the audience window and drives it, both ways', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const audience = await context.newPage();
    await audience.goto(`${base}?lesson=paris-2025&step=1`);
    await heading(audience, 1).waitFor();
    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      audience.keyboard.press('n'),
    ]);
    const presenterShows = (n: number) =>
      presenter.getByText(`Step ${n} of ${paris.steps.length}`, { exact: true }).first().waitFor();
    await presenterShows(1);

    for (let k = 1; k <= parts(1); k++) await audience.keyboard.press('PageDown');
    await presenterShows(2);
    await presenter.getByText(`Now: ${paris.steps[1]!.title}`).waitFor();

    for (let k = 1; k <= parts(2); k++)
      await presenter.getByRole('button', { name: 'Next ›' }).click();
    await heading(audience, 3).waitFor();
    await presenter.keyboard.press('PageUp');
    await heading(audience, 2).waitFor();

    await presenter.keyboard.press('b');
    await audience.waitForFunction(() =>
      document.documentElement.classList.contains('blacked-out'),
    );
    await presenter.keyboard.press('b');
    await audience.waitForFunction(
      () => !document.documentElement.classList.contains('blacked-out'),
    );
    expect(await stepOf(audience)).toBe('2');
    await context.close();
  });
});
