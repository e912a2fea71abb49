/**
 * Issue 12, points 9 and 10 in real MapLibre: under any type filter, Ukraine and Russia stay
 * drawn (muted, named) as the class's reference, also in a lesson step that filters.
 */
import { describe, expect, it } from 'vitest';
import { base, chromiumForThisFile } from './fixture';
import { colourAt, featureAt, openApp, settle } from './app-page';
import { mutedColor, NEUTRAL_COLOR, PALETTE } from '../../src/theme/palette';

const chromium = chromiumForThisFile();

// Points inside each country, away from the label (whose halo would blend into the sample).
const KYIV_REGION: [number, number] = [28.5, 51.0];
const VOLGA: [number, number] = [45.0, 55.0];

async function expectReferencesMuted(page: Parameters<typeof settle>[0]) {
  for (const [at, type] of [
    [KYIV_REGION, 'recipient'],
    [VOLGA, 'opposed'],
  ] as const) {
    const f = await featureAt(page, ...at);
    expect(f?.type).toBe(type);
    expect(f?.state.muted, type).toBe(true);
    expect(f?.state.dimmed, type).not.toBe(true);
    expect(await colourAt(page, ...at)).toBe(mutedColor(PALETTE[type].color, NEUTRAL_COLOR));
  }
}

describe('Ukraine and Russia stay on the map under a filter', () => {
  it('draws them muted when the legend shows only one type', async () => {
    const { page, consoleErrors } = await openApp(chromium.browser, `${base}#map=3.2/51/30`);
    expect(await colourAt(page, ...KYIV_REGION)).toBe(PALETTE.recipient.color);
    await page.getByRole('button', { name: /Support from outside Ukraine/ }).click();
    await settle(page);
    await expectReferencesMuted(page);
    // Their names stay too: the label layer draws Ukraine.
    const named = await page.evaluate(() => {
      const m = document.querySelector<HTMLElement>('[data-testid=map-canvas]')!
        .__map as unknown as {
        queryRenderedFeatures(o: unknown): { properties: { iso3: string } }[];
      };
      return m.queryRenderedFeatures({ layers: ['country-label'] }).map((f) => f.properties.iso3);
    });
    expect(named).toContain('UKR');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('draws them muted in the lesson step that shows only the troop types', async () => {
    const { page } = await openApp(chromium.browser, `${base}?lesson=paris-2025&step=3`);
    await page.getByRole('button', { name: /Troops in or over Ukraine/ }).first().waitFor();
    await settle(page);
    await expectReferencesMuted(page);
    await page.close();
  });
});
