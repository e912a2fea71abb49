/**
 * The map at first sight (issue 14, part 2): the SVG map draws the coloured countries before
 * MapLibre has drawn anything, a click on it selects the country, and MapLibre then takes over
 * in place: the same pixel shows the same country in the same colour, still selected. MapLibre's
 * chunk is held back until the SVG map has been used, so "before" does not depend on timing.
 */
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { base, chromiumForThisFile } from './fixture';
import { countryAtPagePoint } from './map-probe';
import { waitForMapIdle } from './app-page';
import { project } from '@/features/map/svg-camera';
import { typeAt } from '@/datasets/dataset';
import { PALETTE } from '@/theme/palette';
import { labelPointOf, realDataset } from '../support/real-map-data';

const chromium = chromiumForThisFile();

/** The page's colour at a CSS pixel, read from a one-pixel screenshot. */
async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT')
      idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  // One pixel: every row filter leaves its bytes as they are (it has no neighbours).
  const row = inflateSync(Buffer.concat(idat));
  return [row[1]!, row[2]!, row[3]!];
}
const hexToRgb = (hex: string) =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
const close = (a: readonly number[], b: readonly number[]) =>
  a.every((v, i) => Math.abs(v - b[i]!) <= 8);

describe('the SVG map first, MapLibre after', () => {
  it('shows the coloured map before MapLibre, keeps a click on it, and hands over in place', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route(/maplibre-adapter-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${base}#map=4/46.5/3`);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=map-svg] path[data-iso3]').length > 0,
    );
    expect(await page.locator('[data-testid=map-canvas] canvas').count()).toBe(0);
    expect(await page.getByText('Loading the map…').count()).toBe(0);

    // A point of France below its name (the names are drawn by each renderer its own way).
    const [lon, lat] = labelPointOf('FRA');
    const at = await page.evaluate(() => {
      const c = document.querySelector<HTMLElement>('[data-testid=map-svg]')!;
      const r = c.getBoundingClientRect();
      const m = (c as HTMLElement & { __svgMap: { camera(): never } }).__svgMap;
      return { camera: m.camera(), x: r.x, y: r.y, w: r.width, h: r.height };
    });
    const p = project(at.camera, { width: at.w, height: at.h }, lon, lat);
    const x = Math.round(at.x + p.x);
    const y = Math.round(at.y + p.y + 30);
    expect(
      await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.getAttribute('data-iso3'),
        [x, y],
      ),
    ).toBe('FRA');
    const type = typeAt(realDataset.byIso3.get('FRA')!, null)!;
    expect(close(await pixelAt(page, x, y), hexToRgb(PALETTE[type].color))).toBe(true);

    // A click before MapLibre exists: France is chosen, its panel opens.
    await page.mouse.click(x, y);
    await page.getByRole('complementary', { name: 'France' }).waitFor();
    await page.mouse.move(5, 5); // no hover outline in the pictures compared
    const svgColour = await pixelAt(page, x, y);
    const hash = new URL(page.url()).hash;

    release();
    await waitForMapIdle(page); // …and the SVG map gone
    expect(await countryAtPagePoint(page, x, y)).toBe('FRA');
    expect(close(await pixelAt(page, x, y), svgColour)).toBe(true);
    // The selection carried over: MapLibre draws France as selected, the panel stayed.
    expect(
      await page.evaluate(
        () =>
          (
            document.querySelector<HTMLElement>('[data-testid=map-canvas]')!.__map as unknown as {
              getFeatureState(f: { source: string; id: string }): { selected?: boolean };
            }
          ).getFeatureState({ source: 'countries', id: 'FRA' }).selected,
      ),
    ).toBe(true);
    expect(await page.getByRole('complementary', { name: 'France' }).count()).toBe(1);
    expect(new URL(page.url()).hash).toBe(hash);
    expect(errors).toEqual([]);
    await page.close();
  });
});
