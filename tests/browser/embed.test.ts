/**
 * Issue 16, embed: `?embed=1` in a learning platform's frame. At 480×320 and 800×450 the map's
 * box is at least 60 % of the frame, the legend filters, a click on France opens its panel, axe
 * finds nothing and the console stays clean — on its own and inside an <iframe> of another
 * page, where the app's strict CSP still holds.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { base, chromiumForThisFile } from './fixture';
import { openApp, settle, waitForMapIdle } from './app-page';
import { axeViolations } from './axe';

const chromium = chromiumForThisFile();
const ARTIFACTS = 'tests/browser/.artifacts';
// At 480×320 the opening view of Europe puts France under the map's "more off the map" bar:
// that frame is linked with a camera on western Europe, as a teacher would share it.
const SIZES = [
  { width: 480, height: 320, hash: '#map=4.5/45/3' },
  { width: 800, height: 450, hash: '' },
];

/** The map's share of the frame, and France's centre on screen (MapLibre's own projection). */
async function measure(page: Page | Frame) {
  return page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('[data-testid=map-canvas]')!;
    const m = (
      el as unknown as { __map: { project(p: [number, number]): { x: number; y: number } } }
    ).__map;
    const r = el.getBoundingClientRect();
    const p = m.project([2.4, 46.8]);
    return {
      share: (r.width * r.height) / (innerWidth * innerHeight),
      france: { x: r.left + p.x, y: r.top + p.y },
    };
  });
}

/** The legend filters (in the drawer on a phone-sized frame), then France's panel opens. */
async function useIt(
  page: Page | Frame,
  phone: boolean,
  click: (x: number, y: number) => Promise<void>,
) {
  if (phone) await page.getByRole('button', { name: 'Key and filters' }).click();
  // The legend's first type (its buttons carry aria-pressed; "Show all" does not).
  const type = page
    .getByRole('region', { name: 'Commitment type' })
    .locator('button[aria-pressed]')
    .first();
  await type.click();
  expect(await type.getAttribute('aria-pressed')).toBe('true');
  await type.click();
  if (phone) await page.getByRole('button', { name: 'Hide key and filters' }).click();
  const { france } = await measure(page);
  await click(france.x, france.y);
  await page.getByRole('complementary', { name: /France/ }).waitFor();
}

describe('the embedded view', () => {
  it.each(SIZES)('at $width×$height: map ≥ 60 %, legend and panel usable', async (frame) => {
    const size = { width: frame.width, height: frame.height };
    mkdirSync(ARTIFACTS, { recursive: true });
    const { page, consoleErrors } = await openApp(
      chromium.browser,
      `${base}?embed=1${frame.hash}`,
      size,
    );
    const { share } = await measure(page);
    console.log(
      `embed ${size.width}×${size.height}: map ${(share * 100).toFixed(1)} % of the frame`,
    );
    expect(share).toBeGreaterThanOrEqual(0.6);
    await useIt(page, size.width < 640, (x, y) => page.mouse.click(x, y));
    await settle(page);
    await page.screenshot({ path: `${ARTIFACTS}/embed-${size.width}x${size.height}.png` });
    // The map keeps its box with the panel open (a sheet or an overlay, never a column).
    expect((await measure(page)).share).toBeGreaterThanOrEqual(0.6);
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('is usable with the keyboard alone: the link, the legend, then the map', async () => {
    const { page } = await openApp(chromium.browser, `${base}?embed=1`, {
      width: 800,
      height: 450,
    });
    const reached: string[] = [];
    for (let i = 0; i < 20 && !reached.includes('map'); i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const a = document.activeElement as HTMLElement | null;
          // The map's own keyboard stop (arrows travel between countries there).
          if (a?.matches('.map-view')) return 'map';
          if (a?.closest('.legend')) return 'legend';
          if (a?.matches('.embed-open')) return 'open';
          return a?.tagName ?? 'none';
        }),
      );
    }
    expect(reached[0]).toBe('open');
    expect(reached).toContain('legend');
    expect(reached.at(-1)).toBe('map');
    // On the map, an arrow focuses a country and Enter opens its panel.
    await page.keyboard.press('ArrowRight');
    await settle(page);
    const live = await page.locator('.map-view [aria-live]').textContent();
    await page.keyboard.press('Enter');
    await page.getByRole('complementary', { name: live!.split(':')[0]! }).waitFor();
    await page.close();
  });

  it('works in an iframe of another page, under its own CSP, without a console error', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 900, height: 560 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const src = `${base}?embed=1&lesson=paris-2025&step=2`;
    await page.setContent(
      `<!doctype html><title>A course page</title><h1>Week 3</h1>` +
        `<iframe src="${src}" title="Coalition Map lesson" width="800" height="450" style="border:0"></iframe>`,
    );
    const frame = page.frames().find((f) => f.url().includes('embed=1'))!;
    await frame.waitForLoadState();
    await waitForMapIdle(frame as unknown as Page);
    const csp = await frame.evaluate(
      () =>
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? '',
    );
    expect(csp).toContain("script-src 'self'");
    // The lesson's stage, compact, with its step controls.
    await frame.getByRole('button', { name: /Next/ }).first().waitFor();
    const { share } = await measure(frame);
    console.log(`embedded lesson in an 800×450 iframe: map ${(share * 100).toFixed(1)} %`);
    expect(share).toBeGreaterThanOrEqual(0.6);
    await page.screenshot({ path: `${ARTIFACTS}/embed-iframe-lesson.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
