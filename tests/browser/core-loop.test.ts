/**
 * The core loop in real MapLibre, in Debian's Chromium, against the production build served
 * from a sub-path: click a country's pixel, filter, deep links, Crimea, and no other host.
 */
import { describe, expect, it } from 'vitest';
import { base, chromiumForThisFile } from './fixture';
import {
  cameraOf,
  colourAt,
  featureAt,
  isOwnOrigin,
  openApp,
  pixelOf,
  settle,
  waitForFeatureState,
} from './app-page';
import { NEUTRAL_COLOR, PALETTE } from '../../src/theme/palette';

const chromium = chromiumForThisFile();

describe('the built app in Chromium', () => {
  it('loads, draws the map and talks to no other host', async () => {
    const { page, requests, consoleErrors } = await openApp(chromium.browser, base);
    await page.getByRole('button', { name: /Troops in or over Ukraine/ }).click();
    await page.getByRole('button', { name: 'Estonia' }).click();
    await page.getByRole('complementary', { name: 'Estonia' }).waitFor();
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((u) => !isOwnOrigin(base)(u))).toEqual([]);
    expect(requests.some((u) => u.endsWith('.woff2'))).toBe(true);
    // The shell's data is preloaded from index.html and that download is the one React Query
    // uses: one request per file, no "preloaded but not used" twin.
    for (const name of ['countries', 'sources', 'coalition'])
      expect(requests.filter((u) => new RegExp(`/${name}-[\\w-]+\\.json$`).test(u))).toHaveLength(
        1,
      );
    expect(
      await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => /\/countries-[\w-]+\.json$/.test(e.name))
          .map((e) => (e as PerformanceResourceTiming).initiatorType),
      ),
    ).toEqual(['link']);
    // The icon is inline: URL changes (filter, selection) cost no request, and it still draws.
    expect(requests.filter((u) => /icon/.test(u))).toEqual([]);
    const icon = await page.evaluate(async () => {
      const img = new Image();
      img.src = document.querySelector<HTMLLinkElement>('link[rel=icon]')!.href;
      await img.decode();
      return img.naturalWidth;
    });
    expect(icon).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('opens France’s panel when France’s pixel is clicked, and closes it on the sea', async () => {
    const { page } = await openApp(chromium.browser, base);
    const before = await cameraOf(page);
    const paris = await pixelOf(page, 2.35, 47.0);
    await page.mouse.click(paris.x, paris.y);
    const panel = page.getByRole('complementary', { name: 'France' });
    await panel.waitFor();
    expect(await panel.getByText('Troops in or over Ukraine').first().isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('country')).toBe('FRA');
    await waitForFeatureState(page, 'FRA', 'selected');
    await settle(page);
    expect((await featureAt(page, 2.35, 47.0))?.state.selected).toBe(true);
    // France was on screen: the map stays put. The panel narrows the map and the camera keeps
    // its top-left corner (fit-keeper.ts), so the zoom is unchanged and Paris has not moved.
    expect((await cameraOf(page)).zoom).toBe(before.zoom);
    const after = await pixelOf(page, 2.35, 47.0);
    expect(Math.abs(after.x - paris.x)).toBeLessThan(1);
    expect(Math.abs(after.y - paris.y)).toBeLessThan(1);

    const biscay = await pixelOf(page, -6.0, 45.5);
    await page.mouse.click(biscay.x, biscay.y);
    await panel.waitFor({ state: 'detached' });
    await page.close();
  });

  it('paints the panel of a clicked country before the map redraws, then outlines it', async () => {
    const { page } = await openApp(chromium.browser, base);
    await settle(page);
    const paris = await pixelOf(page, 2.35, 47.0);
    await page.mouse.move(paris.x, paris.y);
    await waitForFeatureState(page, 'FRA', 'hover'); // the outline follows a resting pointer
    await settle(page); // the hover outline is drawn
    // Map frames counted from the click until the frame that paints the panel's heading.
    await page.evaluate(() => {
      const m = document.querySelector<HTMLElement>('[data-testid=map-canvas]')!
        .__map as unknown as {
        on(type: string, fn: () => void): void;
      };
      const w = window as unknown as { probe: { renders: number; atPanel: number | null } };
      w.probe = { renders: 0, atPanel: null };
      addEventListener('click', () => m.on('render', () => w.probe.renders++), { once: true });
      const mo = new MutationObserver(() => {
        if (!document.querySelector('aside h2')?.textContent?.includes('France')) return;
        mo.disconnect();
        requestAnimationFrame(() => (w.probe.atPanel = w.probe.renders));
      });
      mo.observe(document.body, { childList: true, subtree: true });
    });
    await page.mouse.down();
    await page.mouse.up();
    await page.getByRole('complementary', { name: 'France' }).waitFor();
    await waitForFeatureState(page, 'FRA', 'selected');
    await settle(page);
    const probe = await page.evaluate(
      () => (window as unknown as { probe: { renders: number; atPanel: number } }).probe,
    );
    expect(probe.atPanel).toBe(0);
    expect(probe.renders).toBeGreaterThan(0); // and the map did redraw afterwards
    await page.close();
  });

  it('still pans when the map is dragged', async () => {
    const { page } = await openApp(chromium.browser, base);
    const before = (await cameraOf(page)).lon;
    const from = await pixelOf(page, 10, 50);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x - 150, from.y, { steps: 6 });
    await page.mouse.up();
    await settle(page);
    expect((await cameraOf(page)).lon).toBeGreaterThan(before + 5); // dragged west: the centre moved east
    expect(new URL(page.url()).searchParams.get('country')).toBeNull(); // a drag selects nothing
    await page.close();
  });

  it('hides a type’s countries when another type is chosen in the legend', async () => {
    const { page } = await openApp(chromium.browser, base);
    // Points away from the labels, whose white halo would blend into the sample.
    expect(await colourAt(page, 0.5, 45.0)).toBe(PALETTE.troops.color);
    await page.getByRole('button', { name: /Support from outside Ukraine/ }).click();
    await settle(page);
    const france = await featureAt(page, 0.5, 45.0);
    expect(france?.state.dimmed).toBe(true);
    expect(await colourAt(page, 0.5, 45.0)).toBe(NEUTRAL_COLOR);
    const poland = await featureAt(page, 22.0, 50.5);
    expect(poland).toMatchObject({ iso3: 'POL', type: 'outside' });
    expect(poland?.state.dimmed).not.toBe(true);
    expect(await colourAt(page, 22.0, 50.5)).toBe(PALETTE.outside.color);
    await page.close();
  });

  it('opens Italy from ?country=ITA and restores the camera from #map=', async () => {
    const { page } = await openApp(chromium.browser, `${base}?country=ITA#map=5/42/12.5`);
    await page.getByRole('complementary', { name: 'Italy' }).waitFor();
    const zoom = await page.evaluate(() =>
      (
        document.querySelector<HTMLElement>('[data-testid=map-canvas]')!.__map as unknown as {
          getZoom(): number;
        }
      ).getZoom(),
    );
    expect(zoom).toBeCloseTo(5, 1);
    expect((await featureAt(page, 12.5, 42))?.iso3).toBe('ITA');
    await page.close();
  });

  it('draws Crimea (34.1 E, 45.0 N) as part of Ukraine', async () => {
    const { page } = await openApp(chromium.browser, `${base}#map=5/45/34`);
    expect((await featureAt(page, 34.1, 45.0))?.iso3).toBe('UKR');
    expect(await colourAt(page, 34.1, 45.0)).toBe(PALETTE.recipient.color);
    await page.close();
  });
});
