/**
 * Issue 12, point 11, and issue 14, part 3: the handout printed from a lesson step. The map is
 * drawn for the page as vector SVG (not a scaled screen capture): its names measure ≥ 8 pt on A4
 * in print media (CSS px × 0.75), it keeps the page's map proportions instead of the lesson
 * screen's wide, short strip, and the PDF holds no raster image of it (patterns included).
 */
import { describe, expect, it } from 'vitest';
import { base, chromiumForThisFile } from './fixture';
import { openApp } from './app-page';

const chromium = chromiumForThisFile();
/** A4 less the handout's 12 mm margins (print.css), in CSS px at 96 px/in. */
const A4_PRINTABLE = {
  width: Math.round((186 / 25.4) * 96),
  height: Math.round((273 / 25.4) * 96),
};

describe('the handout’s map', () => {
  it('prints names ≥ 8 pt and keeps its proportions when printed from a lesson step', async () => {
    const { page, consoleErrors } = await openApp(
      chromium.browser,
      `${base}?lesson=paris-2025&step=4`,
      {
        width: 1920,
        height: 1080,
      },
    );
    await page.evaluate(() => {
      window.print = () => void ((window as unknown as { printed: boolean }).printed = true);
    });
    await page.getByRole('button', { name: 'Tools' }).click();
    await page.getByRole('button', { name: 'Print handout' }).click();
    await page.waitForFunction(() => (window as unknown as { printed?: boolean }).printed, null, {
      timeout: 60_000,
    });
    const screenMap = await page.locator('[data-testid=map-canvas]').boundingBox();

    await page.setViewportSize(A4_PRINTABLE);
    await page.emulateMedia({ media: 'print' });
    const img = page.locator('.handout img.handout-map');
    await img.waitFor();
    const m = await img.evaluate((el: HTMLImageElement) => ({
      shown: el.getBoundingClientRect().width,
      shownHeight: el.getBoundingClientRect().height,
      natural: el.naturalWidth / el.naturalHeight,
      namePx: Number(el.dataset.namePx),
      pictureWidth: Number(el.dataset.pictureWidth),
    }));
    const namePt = m.namePx * (m.shown / m.pictureWidth) * 0.75;
    console.log(
      `handout map ${m.shown.toFixed(0)}×${m.shownHeight.toFixed(0)} CSS px, names ${namePt.toFixed(2)} pt`,
    );
    expect(namePt).toBeGreaterThanOrEqual(8);
    // The page's proportions, whatever the lesson screen's map is (the stage's map column).
    expect(screenMap!.width).toBeGreaterThan(0);
    expect(m.natural).toBeGreaterThan(1.1);
    expect(m.natural).toBeLessThan(1.5);
    expect(m.shownHeight).toBeGreaterThan(m.shown / 1.5);
    // Vector: the picture is SVG with its names at the size measured above, and its patterns
    // are drawn as shapes (an SVG <pattern> becomes a 72-dpi image in a PDF).
    const svg = await img.evaluate((el: HTMLImageElement) => {
      const src = el.getAttribute('src')!;
      const doc = new DOMParser().parseFromString(
        decodeURIComponent(src.slice(src.indexOf(',') + 1)),
        'image/svg+xml',
      );
      return {
        type: src.slice(0, src.indexOf(';')),
        fontSize: Number(doc.querySelector('g[font-size]')?.getAttribute('font-size')),
        hatches: doc.querySelectorAll('g[data-hatch]').length,
        patternFills: doc.querySelectorAll('[fill^="url(#pattern"]').length,
      };
    });
    expect(svg).toMatchObject({ type: 'data:image/svg+xml', fontSize: m.namePx, patternFills: 0 });
    expect(svg.hatches).toBeGreaterThan(0);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    // Image XObjects (the legend swatches and the map were 12-px and 1500-px images before).
    const images = [...pdf.matchAll(/\/Subtype\s*\/Image[^>]*?\/Width\s+(\d+)/g)];
    console.log(`PDF: ${pdf.length} bytes, ${images.length} raster images`);
    expect(images.map((i) => Number(i[1]))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
