/**
 * Outside lessons on a 4:3 screen or a small laptop, with a country's panel open: the header
 * keeps to the name and its line (it was 173 px high at 1024×768, the headline wrapped to six
 * lines), the headline still on screen (it leads the sidebar) and the map keeps half the width
 * (it was 324 of 1024 px between the sidebar and the panel).
 */
import { describe, expect, it } from 'vitest';
import { base, chromiumForThisFile } from './fixture';
import { openApp } from './app-page';

const chromium = chromiumForThisFile();

describe('a narrow desktop with a panel open', () => {
  it.each([
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
    { width: 1366, height: 768 },
  ])('$width×$height: a short header and half the width for the map', async (size) => {
    const { page, consoleErrors } = await openApp(chromium.browser, `${base}?country=DEU`, size);
    await page.getByRole('complementary', { name: 'Germany' }).waitFor();
    const box = (s: string) => page.locator(s).first().boundingBox();
    const header = (await box('.site-header'))!;
    const map = (await box('[data-testid=map-canvas]'))!;
    const panel = (await box('.panel'))!;
    // Two lines of the brand (name, tagline) with their padding; 1280 and up keep the headline.
    if (size.width < 1280) expect(header.height).toBeLessThanOrEqual(72);
    else expect(header.height).toBeLessThanOrEqual(100);
    expect(map.width).toBeGreaterThanOrEqual(size.width * 0.5 - 1);
    expect(map.x + map.width).toBeLessThanOrEqual(panel.x + 1);
    const headlines = await page.evaluate(
      () => [...document.querySelectorAll('.headline')].filter((e) => e.checkVisibility()).length,
    );
    expect(headlines).toBe(1);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
