/** Classroom in real MapLibre: a clicker's lesson walk, blackout, PNG export, the handout. */
import { mkdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import paris from '../../data/lessons/paris-2025.json';
import countriesFile from '../../data/countries.json';
import { base, chromiumForThisFile } from './fixture';
import { Lesson } from '@/datasets/lesson-schema';
import { outlinedCountries } from '@/datasets/lesson-check';
import { CountriesFile } from '@/datasets/schemas';
import { cameraOf, openApp, settle } from './app-page';

const ARTIFACTS = 'tests/browser/.artifacts';
const chromium = chromiumForThisFile();
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
});

type MapApi = {
  getFeatureState(f: { source: string; id: string }): Record<string, unknown>;
};
const highlighted = (page: Page, iso3s: string[]) =>
  page.evaluate(
    (ids) =>
      ids.map(
        (id) =>
          (
            document.querySelector<HTMLElement>('[data-testid=map-canvas]')!
              .__map as unknown as MapApi
          ).getFeatureState({ source: 'countries', id }).highlighted === true,
      ),
    iso3s,
  );
const title = (n: number) => paris.steps[n - 1]!.title;

describe('presenting the default lesson with a clicker', () => {
  it('steps with PageDown: the caption, outlines and camera match step 4', async () => {
    const { page, consoleErrors } = await openApp(chromium.browser, `${base}?lesson=paris-2025`);
    await page.getByRole('heading', { level: 2, name: title(1) }).waitFor();
    await settle(page);
    const before = await cameraOf(page);
    expect(await highlighted(page, ['UKR'])).toEqual([true]);
    const presses = paris.steps.slice(0, 3).reduce((n, st) => n + Math.max(1, st.show.length), 0);
    for (let i = 0; i < presses; i++) await page.keyboard.press('PageDown');
    await page.getByRole('heading', { level: 2, name: title(4) }).waitFor();
    await settle(page);
    expect(new URL(page.url()).searchParams.get('step')).toBe('4');
    const four = paris.steps[3]!;
    const tusk = countriesFile.countries
      .find((c) => c.iso3 === 'POL')!
      .quotes.find((q) => q.id === four.show.find((b) => b.kind === 'quote')!.id)!;
    let caption = ''; // the step's cards, one per press
    for (let i = 0; i < four.show.length; i++) {
      if (i > 0) await page.keyboard.press('PageDown');
      await page.waitForFunction((r) => location.search.includes(r), i ? `reveal=${i + 1}` : '');
      caption += await page.locator('.lesson-stage').innerText();
    }
    expect(caption).toContain(tusk.text);
    // The step outlines what the data says on its date; the stage names the same countries.
    const outlined = outlinedCountries(
      Lesson.parse(paris).steps[3]!,
      CountriesFile.parse(countriesFile).countries,
      four.date === 'latest' || four.date === undefined ? null : four.date,
    );
    expect(outlined.length).toBeGreaterThan(0);
    for (const iso3 of outlined)
      expect(caption).toContain(countriesFile.countries.find((c) => c.iso3 === iso3)!.name);
    expect(await highlighted(page, outlined)).toEqual(outlined.map(() => true));
    expect(await highlighted(page, ['UKR', 'DEU'])).toEqual([false, false]);

    const after = await cameraOf(page);
    expect(after).not.toEqual(before);
    const [w, s, e, n] = four.bounds!;
    const inside = w! < after.lon && after.lon < e! && s! < after.lat && after.lat < n!;
    expect(inside).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('blacks the screen out with B and brings it back with B', async () => {
    const { page } = await openApp(chromium.browser, `${base}?lesson=paris-2025&step=2`);
    await page.getByRole('heading', { level: 2, name: title(2) }).waitFor();
    await page.keyboard.press('b');
    const blackout = page.getByTestId('blackout');
    await blackout.waitFor();
    const box = await blackout.boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 1280, height: 800 });
    expect(await blackout.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(0, 0, 0)',
    );
    await page.keyboard.press('b');
    await blackout.waitFor({ state: 'detached' });
    expect(await page.getByRole('heading', { level: 2, name: title(2) }).isVisible()).toBe(true);
    await page.close();
  });
});

describe('export and handout', () => {
  it('downloads a 1920×1080 PNG of the view that is not blank', async () => {
    const { page } = await openApp(chromium.browser, `${base}?lesson=paris-2025&step=4`);
    await page.getByRole('heading', { level: 2, name: title(4) }).waitFor();
    await settle(page);
    await page.getByRole('button', { name: 'Tools' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download image' }).click(),
    ]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    // Decoded in the page: many colours, and most of the map frame is not white.
    const stats = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      [c.width, c.height] = [img.width, img.height];
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(48, 150, 1392, 800);
      const colours = new Set<number>();
      let white = 0;
      for (let i = 0; i < data.length; i += 4 * 7) {
        colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        if (data[i]! > 250 && data[i + 1]! > 250 && data[i + 2]! > 250) white++;
      }
      return { colours: colours.size, white: white / (data.length / 28) };
    }, png.toString('base64'));
    expect(stats.colours).toBeGreaterThan(50);
    expect(stats.white).toBeLessThan(0.2);
    await page.close();
  });

  it('prints the handout: map, legend, a table of every country and a QR code', async () => {
    const { page } = await openApp(chromium.browser, `${base}?lesson=paris-2025&step=4`);
    await page.getByRole('heading', { level: 2, name: title(4) }).waitFor();
    await page.evaluate(() => {
      window.print = () => void ((window as unknown as { printed: boolean }).printed = true);
    });
    await page.getByRole('button', { name: 'Tools' }).click();
    await page.getByRole('button', { name: 'Print handout' }).click();
    await page.waitForFunction(() => (window as unknown as { printed?: boolean }).printed);
    expect(await page.locator('.handout').isVisible()).toBe(false); // not on screen

    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('.handout');
    expect(await handout.isVisible()).toBe(true);
    expect(await page.locator('.workspace').isVisible()).toBe(false);
    const table = handout.locator('table');
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('tbody tr').count()).toBe(countriesFile.countries.length);
    const qr = handout.locator('svg.qr-code');
    expect(await qr.isVisible()).toBe(true);
    const qrBox = (await qr.boundingBox())!;
    expect(qrBox.width).toBeGreaterThan(80);
    expect(await handout.locator('img.handout-map').isVisible()).toBe(true);
    expect(
      await handout
        .locator('.handout-swatch')
        .first()
        .evaluate((el) => getComputedStyle(el).printColorAdjust),
    ).toBe('exact');
    await page.screenshot({ path: `${ARTIFACTS}/classroom-handout-print.png`, fullPage: true });
    await page.close();
  });

  it("prints the handout with the map from the browser's own menu (beforeprint)", async () => {
    const { page } = await openApp(chromium.browser, `${base}?lesson=paris-2025&step=3`);
    await page.getByRole('heading', { level: 2, name: title(3) }).waitFor();
    await page.waitForFunction(() => {
      const m = (
        document.querySelector('[data-testid=map-canvas]') as {
          __map?: { loaded(): boolean };
        } | null
      )?.__map;
      return m?.loaded();
    });
    expect(await page.locator('.handout').count()).toBe(0); // not built until someone prints
    // The vector map's code preloads once the map is idle (svg-picture-loader.ts): a print
    // from the menu cannot wait for it.
    await page.waitForFunction(() =>
      performance
        .getEntriesByType('resource')
        .some((e) => /\/svg-picture-(?!loader)[^/]+\.js$/.test(e.name)),
    );
    await page.waitForTimeout(200);
    await page.evaluate(() =>
      window.addEventListener('beforeprint', () => {
        const h = document.querySelector('.handout');
        (window as unknown as { printed: unknown }).printed = {
          rows: h?.querySelectorAll('tbody tr').length ?? 0,
          map: h?.querySelector('img.handout-map')?.getAttribute('src')?.slice(0, 22) ?? null,
        };
      }),
    );
    // Chromium fires beforeprint / afterprint around it; the app's beforeprint listener (added
    // first) builds the handout synchronously, so this later one sees it.
    await page.pdf({ format: 'A4' });
    expect(await page.evaluate(() => (window as unknown as { printed: unknown }).printed)).toEqual({
      rows: countriesFile.countries.length,
      map: 'data:image/svg+xml;cha',
    });
    expect(await page.locator('.handout').count()).toBe(0); // gone again after printing
    await page.close();
  });
});
