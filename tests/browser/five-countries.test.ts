/**
 * The acceptance walk: click France, Germany, Italy, Poland and the United Kingdom on
 * the map; each panel shows its conditions, at least one quote and https source links.
 */
import { describe, expect, it } from 'vitest';
import { base, chromiumForThisFile } from './fixture';
import { openApp, pixelOf } from './app-page';

const chromium = chromiumForThisFile();

const COUNTRIES: [string, number, number][] = [
  ['France', 0.5, 45.0],
  ['Germany', 9.0, 50.0],
  ['Italy', 13.5, 42.5],
  ['Poland', 22.0, 50.5],
  ['United Kingdom', -1.5, 52.5],
];

describe('clicking the five largest contributors', () => {
  it('opens the right panel each time, with conditions, quotes and sources', async () => {
    const { page, consoleErrors } = await openApp(chromium.browser, base);
    for (const [name, lon, lat] of COUNTRIES) {
      const p = await pixelOf(page, lon, lat);
      await page.mouse.click(p.x, p.y);
      const panel = page.getByRole('complementary', { name });
      await panel.waitFor();
      const conditions = panel.getByRole('heading', { name: 'Stated conditions' });
      expect(await conditions.count(), name).toBe(1);
      expect(await panel.locator('blockquote').count(), name).toBeGreaterThan(0);
      const hrefs = await panel
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.length, name).toBeGreaterThan(0);
      for (const h of hrefs) expect(h, name).toMatch(/^https:\/\//);
    }
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
