/**
 * No WebGL 2 (Chromium started with --disable-software-rasterizer has none): the SVG map stands
 * in for MapLibre with a short note, draws every country in the palette's colours, and a click,
 * the arrow keys, the filter and a `#map=` link work as on the full map. Also measures one full
 * redraw (reported, not asserted: no timed assertions).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { base, chromiumForThisFile } from './fixture';
import { project } from '@/features/map/svg-camera';
import { typeAt } from '@/datasets/dataset';
import { PALETTE, SEA_COLOR } from '@/theme/palette';
import { realBoundaries, realDataset, labelPointOf } from '../support/real-map-data';

const chromium = chromiumForThisFile(['--disable-software-rasterizer', '--disable-gpu']);

interface SvgMapHandle {
  redraw(): void;
  camera(): { zoom: number; lat: number; lon: number };
}
declare global {
  interface HTMLElement {
    __svgMap?: SvgMapHandle;
  }
}

async function open(url: string, size = { width: 1280, height: 800 }) {
  const page = await chromium.browser.newPage({ viewport: size });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid=map-svg] path[data-iso3]').length > 0,
  );
  return { page, errors };
}

/** Where a country's label point is on screen now, page coordinates. */
async function pointOf(page: Page, iso3: string) {
  const [lon, lat] = labelPointOf(iso3);
  const { camera, box } = await page.evaluate(() => {
    const c = document.querySelector<HTMLElement>('[data-testid=map-svg]')!;
    const r = c.getBoundingClientRect();
    return { camera: c.__svgMap!.camera(), box: { x: r.x, y: r.y, w: r.width, h: r.height } };
  });
  const p = project(camera, { width: box.w, height: box.h }, lon, lat);
  return { x: box.x + p.x, y: box.y + p.y };
}

const fillOf = (page: Page, iso3: string) =>
  page.locator(`path[data-iso3="${iso3}"]`).getAttribute('fill');
const outline = (page: Page, name: string) =>
  page.locator(`path[data-outline="${name}"]`).getAttribute('d');

describe('without WebGL', () => {
  it('draws the SVG map: every country in its colour, a note, and a click opens France', async () => {
    const { page, errors } = await open(base);
    // The precondition: this browser really has no WebGL 2.
    expect(
      await page.evaluate(() => document.createElement('canvas').getContext('webgl2') === null),
    ).toBe(true);
    await page
      .getByRole('note')
      .filter({ hasText: /Simpler map.*no WebGL 2/ })
      .waitFor();
    expect(await page.getByText('Loading the map…').count()).toBe(0);
    expect(await page.locator('path[data-iso3]').count()).toBe(realBoundaries.features.length);
    for (const iso3 of ['FRA', 'DEU', 'UKR', 'POL']) {
      const type = typeAt(realDataset.byIso3.get(iso3)!, null)!;
      expect(await fillOf(page, iso3)).toBe(PALETTE[type].color);
    }

    const france = await pointOf(page, 'FRA');
    await page.mouse.click(france.x, france.y);
    const panel = page.getByRole('complementary', { name: 'France' });
    await panel.waitFor();
    expect(new URL(page.url()).searchParams.get('country')).toBe('FRA');
    await page.waitForFunction(
      () => !!document.querySelector('path[data-outline="selected"]')?.getAttribute('d'),
    );
    expect(await outline(page, 'selected')).toBe(
      await page.locator('path[data-iso3="FRA"]').getAttribute('d'),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('travels with the arrow keys, and the filter repaints the map', async () => {
    const { page, errors } = await open(`${base}?country=FRA`);
    await page.getByRole('application', { name: 'Map of commitments' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      () =>
        document.querySelector('path[data-outline="focus"]')?.getAttribute('d') !==
        document.querySelector('path[data-iso3="FRA"]')?.getAttribute('d'),
    );
    expect(await outline(page, 'focus')).not.toBe('');

    const type = typeAt(realDataset.byIso3.get('FRA')!, null)!;
    const other = ['DEU', 'POL', 'ITA', 'ESP'].find(
      (i) => typeAt(realDataset.byIso3.get(i)!, null) !== type,
    )!;
    expect(await fillOf(page, other)).not.toBe(await fillOf(page, 'FRA'));
    await page.getByRole('button', { name: new RegExp(`^${PALETTE[type].label}`) }).click();
    // Only France's type shown: the other country is drawn neutral, France keeps its colour.
    await page.waitForFunction(
      (iso3) =>
        document.querySelector(`path[data-iso3="${iso3}"]`)?.getAttribute('fill') === '#e9e6e0',
      other,
    );
    expect(await fillOf(page, 'FRA')).toBe(PALETTE[type].color);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('honours #map=ZOOM/LAT/LON, pans and zooms by keys, and redraws within budget', async () => {
    const { page, errors } = await open(`${base}#map=5/48/2`);
    const camera = () =>
      page.evaluate(() =>
        document.querySelector<HTMLElement>('[data-testid=map-svg]')!.__svgMap!.camera(),
      );
    expect(await camera()).toEqual({
      zoom: 5,
      lat: expect.closeTo(48, 6),
      lon: expect.closeTo(2, 6),
    });
    // France's label point is where the camera maths puts it: the path under it is France.
    const france = await pointOf(page, 'FRA');
    expect(
      await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('data-iso3'),
        france,
      ),
    ).toBe('FRA');

    await page.getByRole('application', { name: 'Map of commitments' }).focus();
    await page.keyboard.press('Shift+ArrowRight');
    await page.waitForFunction(() => /#map=5\/48\/[3-9]/.test(location.hash));
    await page.keyboard.press('+');
    await page.waitForFunction(() => /#map=6\//.test(location.hash));

    // One full redraw (every path's data, fills, outlines, names), styles recalculated.
    await page.goto(`${base}#map=3.2/51/18`);
    await page.waitForFunction(() => !!document.querySelector('path[data-iso3]'));
    const times = await page.evaluate(() => {
      const c = document.querySelector<HTMLElement>('[data-testid=map-svg]')!;
      const out: number[] = [];
      for (let i = 0; i < 50; i++) {
        const t0 = performance.now();
        c.__svgMap!.redraw();
        c.getBoundingClientRect();
        document.querySelector('svg')!.getBBox?.();
        out.push(performance.now() - t0);
      }
      return out.sort((a, b) => a - b);
    });
    const p95 = times[Math.ceil(times.length * 0.95) - 1]!;
    console.log(
      `SVG map full redraw at the default view: median ${times[25]!.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (50 redraws)`,
    );
    // The same redraw with the frame it causes: the interval between the frames around it.
    const frames = await page.evaluate(async () => {
      const c = document.querySelector<HTMLElement>('[data-testid=map-svg]')!;
      const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
      const out: number[] = [];
      for (let i = 0; i < 50; i++) {
        const t0 = await frame();
        c.__svgMap!.redraw();
        out.push((await frame()) - t0);
      }
      return out.sort((a, b) => a - b);
    });
    console.log(
      `…with its frame: median ${frames[25]!.toFixed(1)} ms, p95 ${frames[47]!.toFixed(1)} ms between the frames around it`,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports the SVG map as an image, with the sea and the countries in it', async () => {
    const { page, errors } = await open(`${base}?lesson=paris-2025&step=4`);
    await page.getByRole('button', { name: 'Tools' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download image' }).click(),
    ]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const colours = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      [c.width, c.height] = [img.width, img.height];
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      const seen = new Map<string, number>();
      for (let i = 0; i < data.length; i += 4 * 5) {
        const hex = `#${[0, 1, 2].map((k) => data[i + k]!.toString(16).padStart(2, '0')).join('')}`;
        seen.set(hex, (seen.get(hex) ?? 0) + 1);
      }
      return Object.fromEntries(seen);
    }, png.toString('base64'));
    // The sea and a type's colour are in the image (not a blank frame).
    expect(colours[SEA_COLOR] ?? 0).toBeGreaterThan(1000);
    const typed = Object.values(PALETTE).filter((t) => (colours[t.color] ?? 0) > 100);
    expect(typed.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
