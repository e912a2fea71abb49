/**
 * Everyone can use it, in a real browser: keyboard to every country (list and map), small
 * countries within reach, the phone layout, and axe-core finding no WCAG violation.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { base, chromiumForThisFile } from './fixture';
import { featureAt, openApp, pixelOf, settle } from './app-page';
import { axeViolations } from './axe';

const chromium = chromiumForThisFile();

const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('keyboard, screen reader, small countries, phones', () => {
  it('reaches Estonia from the page start with the keyboard only', async () => {
    const { page } = await openApp(chromium.browser, base);
    let inList = false;
    for (let i = 0; i < 40 && !inList; i++) {
      await page.keyboard.press('Tab');
      inList = await page.evaluate(() => !!document.activeElement?.closest('#country-list ul'));
    }
    expect(inList).toBe(true);
    for (let i = 0; i < 45 && (await focusedText(page)) !== 'Estonia'; i++)
      await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toBe('Estonia');
    await page.keyboard.press('Enter');
    await page.getByRole('complementary', { name: 'Estonia' }).waitFor();
    await settle(page);
    expect((await featureAt(page, 25.5, 58.7))?.state.focused).toBe(true);
    expect(await page.getByTestId('selection-announcer').textContent()).toMatch(
      /^Estonia: Troops in or over Ukraine\./,
    );
    await page.close();
  });

  it('moves from France to a neighbour with the arrow keys on the map', async () => {
    const { page } = await openApp(chromium.browser, `${base}?country=FRA`);
    await page.locator('.map-view').focus();
    await page.keyboard.press('ArrowRight');
    await settle(page);
    expect((await featureAt(page, 0.5, 45.0))?.state.focused).not.toBe(true);
    const live = await page.locator('.map-view [aria-live]').textContent();
    expect(live).toMatch(/^(Germany|Luxembourg|Belgium|Switzerland|Italy)/);
    await page.keyboard.press('Enter');
    await page.getByRole('complementary', { name: live!.split(':')[0]! }).waitFor();
    await page.close();
  });

  it('selects Luxembourg with a click 15 px off its edge', async () => {
    const { page } = await openApp(chromium.browser, base);
    const east = await pixelOf(page, 6.53, 49.8); // Luxembourg's eastern border
    await page.mouse.click(east.x + 15, east.y);
    await page.getByRole('complementary', { name: 'Luxembourg' }).waitFor();
    await page.close();
  });

  it('shows the panel as a bottom sheet at 390×844', async () => {
    const { page } = await openApp(chromium.browser, `${base}?country=FRA`, {
      width: 390,
      height: 844,
    });
    const panel = page.getByRole('complementary', { name: 'France' });
    const box = (await panel.boundingBox())!;
    expect(box.width).toBe(390);
    expect(Math.round(box.y + box.height)).toBe(844);
    expect(box.height).toBeLessThan(844 / 2 + 10);
    await page.getByRole('button', { name: 'Show more of the panel' }).click();
    await page.waitForTimeout(300);
    expect((await panel.boundingBox())!.height).toBeGreaterThan(700);
    await page.close();
  });

  // One test per view: each loads a page and waits for the map (and its handover), which took
  // over a minute for five views in one test on a loaded machine.
  it.each([
    ['default view', ''],
    ['panel', '?country=DEU'],
    ['table', '?view=table'],
    ['dark theme with patterns', '?country=JPN&theme=dark&patterns=1'],
    ['lesson step', '?lesson=paris-2025&step=4'],
    ['My lessons', '?view=lessons'],
  ])('has no axe-core violations: %s', async (name, path) => {
    const { page } = await openApp(chromium.browser, `${base}${path}`);
    if (path.includes('country')) await page.getByRole('complementary').waitFor();
    if (path.includes('lessons')) await page.getByRole('heading', { name: 'My lessons' }).waitFor();
    expect(await axeViolations(page), name).toEqual([]);
    await page.close();
  });

  it('has no axe-core violations: the lesson builder, with a step and its data', async () => {
    const { page } = await openApp(chromium.browser, `${base}?country=DEU`);
    await page.getByRole('button', { name: 'Classroom tools' }).click();
    await page.getByRole('button', { name: 'My lessons' }).click();
    await page.getByRole('button', { name: 'New lesson' }).click();
    await page.getByRole('heading', { name: 'Lesson builder' }).waitFor();
    await page.getByRole('button', { name: 'Add this view as a step' }).click();
    await page
      .getByLabel('Insert from the data')
      .selectOption({ label: 'Germany: its conditions' });
    await page.getByRole('button', { name: 'Insert into step 1' }).click();
    await page.getByRole('list', { name: 'Data on step 1' }).getByRole('heading').first().waitFor();
    expect(await axeViolations(page), 'lesson builder').toEqual([]);
    await page.close();
  });
});
