/**
 * Change over time in real MapLibre: choosing an earlier date outlines (feature-state and the
 * drawn outline layers) exactly the countries whose type differs, lists them, and a row opens
 * the country's panel; a `?compare=` link comes back to the same view.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import countriesFile from '../../data/countries.json';
import coalitionFile from '../../data/coalition.json';
import { changesBetween } from '@/datasets/changes';
import { dateOptions } from '@/datasets/date-options';
import type { CoalitionFile, Country } from '@/datasets/schemas';
import { base, chromiumForThisFile } from './fixture';
import { openApp, settle, waitForFeatureState } from './app-page';

const chromium = chromiumForThisFile();
const ARTIFACTS = 'tests/browser/.artifacts';
const countries = countriesFile.countries as unknown as Country[];
const coalition = coalitionFile as unknown as CoalitionFile;
const first = dateOptions(countries, coalition.timeline, coalition.summit.date)[0]!;
const changed = changesBetween(countries, first.value, null);
const unchanged = countries.find((c) => !changed.some((x) => x.iso3 === c.iso3))!;

describe('change marks', () => {
  it('outlines and lists exactly the changed countries; a row opens the panel', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const { page, consoleErrors } = await openApp(chromium.browser, base, {
      width: 1280,
      height: 720,
    });
    await page.getByRole('combobox', { name: 'Positions as of' }).selectOption(first.value);
    const region = page.getByRole('region', { name: /^Changed from/ });
    await expect.poll(() => region.getByRole('button', { name: /→/ }).count()).toBe(changed.length);
    for (const c of changed) await waitForFeatureState(page, c.iso3, 'highlighted');
    await waitForFeatureState(page, unchanged.iso3, 'highlighted', false);
    const visible = await page.evaluate(() => {
      const m = document.querySelector<HTMLElement>('[data-testid=map-canvas]')!
        .__map as unknown as {
        getLayoutProperty(id: string, p: string): unknown;
      };
      return ['country-highlight-casing', 'country-highlight'].map(
        (id) => m.getLayoutProperty(id, 'visibility') ?? 'visible',
      );
    });
    expect(visible).toEqual(['visible', 'visible']);
    expect(new URL(page.url()).search).toBe(`?date=${first.value}&compare=latest`);
    await settle(page);
    await page.screenshot({ path: `${ARTIFACTS}/change-marks-1280x720.png` });

    const one = changed[0]!;
    await region.getByRole('button', { name: new RegExp(one.name) }).click();
    await expect
      .poll(() => page.getByRole('complementary', { name: one.name }).isVisible())
      .toBe(true);

    // The address is the view: a reload shows the same marks.
    await page.reload();
    await expect
      .poll(() => page.getByRole('region', { name: /^Changed from/ }).isVisible(), {
        timeout: 20_000,
      })
      .toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
