/**
 * Issue 12, point 5: opening a country's panel must not slide the map. Whatever was under the
 * pointer when the country was clicked is still under it once the panel has opened (the map
 * keeps its top-left corner while the panel narrows it), and the hover label does not linger.
 */
import { describe, expect, it } from 'vitest';
import { base, chromiumForThisFile } from './fixture';
import { openApp, pixelOf, settle, waitForFeatureState } from './app-page';
import { countryAtPagePoint, labelPoint, mapBox } from './map-probe';

const chromium = chromiumForThisFile();

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

describe('the map stays still when a country’s panel opens', () => {
  it.each(SIZES)('at $width×$height', async (size) => {
    const { page, consoleErrors } = await openApp(chromium.browser, base, size);
    const at = await pixelOf(page, ...labelPoint('DEU'));
    // A second point, elsewhere on the part of the map the panel leaves uncovered.
    const other = await pixelOf(page, ...labelPoint('FRA'));
    expect(await countryAtPagePoint(page, at.x, at.y)).toBe('DEU');
    expect(await countryAtPagePoint(page, other.x, other.y)).toBe('FRA');
    const widthBefore = (await mapBox(page)).right;

    await page.mouse.move(at.x, at.y);
    await page.locator('.map-tooltip').waitFor();
    await page.mouse.click(at.x, at.y);
    await page.getByRole('complementary', { name: 'Germany' }).waitFor();
    await waitForFeatureState(page, 'DEU', 'selected');
    await settle(page);

    // The panel really did narrow the map (otherwise this test would prove nothing).
    expect((await mapBox(page)).right).toBeLessThan(widthBefore - 100);
    expect(await countryAtPagePoint(page, at.x, at.y)).toBe('DEU');
    expect(await countryAtPagePoint(page, other.x, other.y)).toBe('FRA');
    // The label of the hovered country went with the layout change.
    expect(await page.locator('.map-tooltip').count()).toBe(0);

    // Closing the panel gives the width back, and the map still does not slide.
    await page.getByRole('button', { name: 'Close panel' }).click();
    await page.getByRole('complementary').waitFor({ state: 'detached' });
    await settle(page);
    expect(await countryAtPagePoint(page, at.x, at.y)).toBe('DEU');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
