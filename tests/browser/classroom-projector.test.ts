/**
 * Projector mode in a real browser: nothing clipped on an old 1024×768 projector, body text of
 * 24 px or more at 1920×1080, and + scaling the whole interface.
 */
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import paris from '../../data/lessons/paris-2025.json';
import { base, chromiumForThisFile } from './fixture';
import { openApp, settle } from './app-page';

const ARTIFACTS = 'tests/browser/.artifacts';
const chromium = chromiumForThisFile();
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
});
const title = (n: number) => paris.steps[n - 1]!.title;

describe('projector mode', () => {
  /** Block-level text containers whose text is wider than their box (cut off or overflowing). */
  const clipped = (page: Page) =>
    page.evaluate(() => {
      const bad: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        if (el.closest('.map-canvas, .handout, .visually-hidden, [hidden]')) continue;
        const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
        const style = getComputedStyle(el);
        if (!text || style.display === 'inline' || el.getClientRects().length === 0) continue;
        // Out of sight by design (a name for screen readers, e.g. the key's full type labels
        // beside their short ones on the stage): not text cut off.
        if (style.clipPath === 'inset(50%)' && el.getBoundingClientRect().width <= 1) continue;
        if (el.scrollWidth > el.clientWidth + 1)
          bad.push(`${el.tagName}.${el.className}: ${el.textContent!.slice(0, 40)}`);
      }
      // A select draws its chosen option itself: measure that text against the box.
      const ctx = document.createElement('canvas').getContext('2d')!;
      for (const sel of document.querySelectorAll('select')) {
        if (sel.getClientRects().length === 0) continue;
        const style = getComputedStyle(sel);
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = sel.selectedOptions[0]?.textContent ?? '';
        const room =
          sel.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
        if (ctx.measureText(text).width > room) bad.push(`select: ${text}`);
      }
      return bad;
    });

  it('clips no text at 1024×768', async () => {
    const size = { width: 1024, height: 768 };
    for (const step of [2, 4, 5, 8]) {
      const { page } = await openApp(
        chromium.browser,
        `${base}?projector=1&lesson=paris-2025&step=${step}`,
        size,
      );
      await page.getByRole('heading', { level: 2, name: title(step) }).waitFor();
      await settle(page);
      await page.screenshot({ path: `${ARTIFACTS}/classroom-projector-1024x768-step${step}.png` });
      expect(await clipped(page), `step ${step}`).toEqual([]);
      await page.close();
    }
  });

  it('sets body text at 24 px or more at 1920×1080, and + scales it up', async () => {
    const { page } = await openApp(
      chromium.browser,
      `${base}?projector=1&lesson=paris-2025&step=5`,
      {
        width: 1920,
        height: 1080,
      },
    );
    await page.getByRole('heading', { level: 2, name: title(5) }).waitFor();
    await settle(page);
    await page.screenshot({ path: `${ARTIFACTS}/classroom-projector-1920x1080.png` });
    const sizes = () =>
      page.evaluate(() => {
        const out: { text: string; px: number }[] = [];
        for (const el of document.querySelectorAll<HTMLElement>(
          '.lesson-caption *, .sidebar *, .panel *',
        )) {
          if (el.closest('button, select, .visually-hidden, [hidden]')) continue;
          // The stage's key is a compact legend, small print by design (legend-stage.css,
          // issue 12: it covered the map's corner), checked on its own below.
          if (el.closest('.legend')) continue;
          if (el.getClientRects().length === 0) continue;
          const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
          if (own)
            out.push({
              text: el.textContent!.slice(0, 30),
              px: parseFloat(getComputedStyle(el).fontSize),
            });
        }
        return out;
      });
    const small = (await sizes()).filter((s) => s.px < 24);
    expect(small).toEqual([]);
    // The key: every word at least 12 px (legend-stage.css), here 0.6rem of the projector's type.
    const keySizes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.legend *')]
        .filter((el) => el.getClientRects().length > 0)
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
        .map((el) => parseFloat(getComputedStyle(el).fontSize)),
    );
    expect(keySizes.length).toBeGreaterThan(0);
    expect(Math.min(...keySizes)).toBeGreaterThanOrEqual(12);
    const h2 = page.getByRole('heading', { level: 2, name: title(5) });
    const before = parseFloat(await h2.evaluate((el) => getComputedStyle(el).fontSize));
    await page.keyboard.press('+');
    await expect
      .poll(async () => parseFloat(await h2.evaluate((el) => getComputedStyle(el).fontSize)))
      .toBeGreaterThan(before);
    await page.close();
  });
});
