/**
 * What the map draws, and when, in real MapLibre: the names arrive after the countries (and do
 * arrive, also in projector mode), layers with nothing to draw are switched off, and the map
 * survives a visit to About.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { base, chromiumForThisFile } from './fixture';
import { openApp, pixelOf, settle, waitForFeatureState } from './app-page';

const chromium = chromiumForThisFile();

type StyleApi = {
  getLayer(id: string): unknown;
  getLayoutProperty(id: string, p: string): unknown;
  queryRenderedFeatures(o: { layers: string[] }): { properties: { name: string } }[];
};

/** Waits until the names layer has drawn at least `min` labels; returns their texts. */
async function labelsDrawn(page: Page, min = 5) {
  await page.waitForFunction(
    (n) => {
      const m = document.querySelector<HTMLElement>('[data-testid=map-canvas]')!
        .__map as unknown as StyleApi;
      return (
        !!m.getLayer('country-label') &&
        m.queryRenderedFeatures({ layers: ['country-label'] }).length >= n
      );
    },
    min,
    { timeout: 20_000 },
  );
  return page.evaluate(() =>
    (document.querySelector<HTMLElement>('[data-testid=map-canvas]')!.__map as unknown as StyleApi)
      .queryRenderedFeatures({ layers: ['country-label'] })
      .map((f) => f.properties.name),
  );
}
const layout = (page: Page, layers: string[], property = 'visibility') =>
  page.evaluate(
    ([ids, p]) => {
      const m = document.querySelector<HTMLElement>('[data-testid=map-canvas]')!
        .__map as unknown as StyleApi;
      return ids.map((id) => JSON.stringify(m.getLayoutProperty(id, p) ?? 'visible'));
    },
    [layers, property] as const,
  );
const visibility = async (page: Page, layers: string[]) =>
  (await layout(page, layers)).map((v) => JSON.parse(v) as string);

describe('the map’s layers', () => {
  it('draws the country names once the countries are on screen', async () => {
    const { page, consoleErrors } = await openApp(chromium.browser, base);
    const names = await labelsDrawn(page);
    expect(names).toContain('France');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('switches off the pattern and outline layers until they have something to draw', async () => {
    const { page } = await openApp(chromium.browser, base);
    const layers = ['country-pattern', 'country-selected', 'country-focus', 'country-highlight'];
    expect(await visibility(page, layers)).toEqual(['none', 'none', 'none', 'none']);
    const paris = await pixelOf(page, 2.35, 47.0);
    await page.mouse.click(paris.x, paris.y);
    await page.getByRole('complementary', { name: 'France' }).waitFor();
    await waitForFeatureState(page, 'FRA', 'selected');
    expect(await visibility(page, layers)).toEqual(['none', 'visible', 'visible', 'none']);
    await page.getByRole('checkbox', { name: /pattern/i }).check();
    await expect.poll(() => visibility(page, ['country-pattern'])).toEqual(['visible']);
    await page.close();
  });

  it('shows the names in projector mode, in projector size', async () => {
    const { page } = await openApp(chromium.browser, `${base}?projector=1`);
    expect(await labelsDrawn(page)).toContain('Germany');
    const [size] = await layout(page, ['country-label'], 'text-size');
    expect(size).toBe(JSON.stringify(['interpolate', ['linear'], ['zoom'], 2, 15, 5, 22]));
    // Patterns are a toggle in projector mode (P), off by default: they made the map busy.
    expect(await visibility(page, ['country-pattern'])).toEqual(['none']);
    await page.keyboard.press('p');
    await expect.poll(() => visibility(page, ['country-pattern'])).toEqual(['visible']);
    await page.close();
  });
});

describe('About and back', () => {
  it('keeps the same map, out of the tab order while hidden, with the same camera', async () => {
    const { page, consoleErrors } = await openApp(chromium.browser, `${base}#map=4.5/48/10`);
    const probe = () =>
      page.evaluate(() => {
        const el = document.querySelector<HTMLElement>('[data-testid=map-canvas]')!;
        const m = el.__map as unknown as {
          getCenter(): { lng: number; lat: number };
          getZoom(): number;
          getCanvas(): HTMLCanvasElement;
        };
        const w = window as unknown as { __firstMap?: unknown };
        w.__firstMap ??= m;
        const c = m.getCenter();
        return {
          same: w.__firstMap === m,
          camera: [c.lng, c.lat, m.getZoom()].map((v) => v.toFixed(4)),
          canvas: m.getCanvas().clientWidth === el.clientWidth && el.clientWidth > 0,
        };
      });
    const before = await probe();
    await page.getByRole('button', { name: 'About the data' }).click();
    await page.getByRole('heading', { level: 2, name: 'About the data' }).waitFor();
    expect(await page.getByRole('application', { name: 'Map of commitments' }).count()).toBe(0);
    // Nothing in the hidden workspace can take focus (display: none), and Tab never lands there.
    const focusable = await page.evaluate(
      () =>
        [
          ...document.querySelectorAll<HTMLElement>(
            '.workspace :is(a[href], button, input, select, canvas, [tabindex])',
          ),
        ].filter((el) => el.getClientRects().length > 0).length,
    );
    expect(focusable).toBe(0);
    const stops = new Set<string>();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      stops.add(
        await page.evaluate(() =>
          document.activeElement?.closest('.workspace') ? 'workspace' : 'elsewhere',
        ),
      );
    }
    expect([...stops]).toEqual(['elsewhere']);

    await page.getByRole('button', { name: '← Back to the map' }).click();
    await page.getByRole('application', { name: 'Map of commitments' }).waitFor();
    await settle(page);
    expect(await probe()).toEqual({ ...before, same: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
