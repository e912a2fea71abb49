/**
 * Issue 12, points 9 and 10 in real MapLibre: under any type filter, Ukraine and Russia stay
 * drawn (muted, named) as the class's reference, also in a lesson step that filters; the
 * record's countries outside the view are named at the map's edge, and "Show all" fits them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { base, chromiumForThisFile } from './fixture';
import { colourAt, featureAt, openApp, pixelOf, settle } from './app-page';
import { labelPoint, mapBox } from './map-probe';
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
    await page
      .getByRole('button', { name: /Troops in or over Ukraine/ })
      .first()
      .waitFor();
    await settle(page);
    await expectReferencesMuted(page);
    await page.close();
  });
});

const record = (
  JSON.parse(readFileSync(new URL('../../data/countries.json', import.meta.url), 'utf8')) as {
    countries: { iso3: string; name: string }[];
  }
).countries;

/** The record's countries whose label point the map draws outside its box, by name. */
async function outOfView(page: Parameters<typeof settle>[0]) {
  const box = await mapBox(page);
  const out: string[] = [];
  for (const c of record) {
    const p = await pixelOf(page, ...labelPoint(c.iso3));
    if (p.x < box.left || p.x > box.right || p.y < box.top || p.y > box.bottom) out.push(c.name);
  }
  return out.sort((a, b) => a.localeCompare(b));
}

describe('the map’s edge names the record’s countries out of view', () => {
  it('lists exactly those, and Show all brings every one into view', async () => {
    const { page, consoleErrors } = await openApp(chromium.browser, base, {
      width: 1280,
      height: 720,
    });
    const expected = await outOfView(page);
    expect(expected.length).toBeGreaterThan(0); // the opening view of Europe leaves some out
    const edge = page.getByRole('navigation', { name: 'Countries outside the view' });
    // A long list folds behind one button (a phone's view); open it if so.
    const fold = edge.getByRole('button', { name: /more off the map/ });
    if ((await fold.count()) > 0) await fold.click();
    const names = await edge.getByRole('listitem').allTextContents();
    expect(names).toEqual(expected);
    expect(await edge.textContent()).toContain(`${expected.length} more`);

    await edge.getByRole('button', { name: expected[0] }).click();
    await settle(page);
    expect(await outOfView(page)).not.toContain(expected[0]);

    await page.getByRole('button', { name: `Show all ${record.length}` }).click();
    await edge.waitFor({ state: 'detached' });
    await settle(page);
    expect(await outOfView(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
