/**
 * Issue 16, printing a lesson in print media, as a PDF. "Print all steps": one landscape A4 page
 * per step (counted from the lesson file) and the sources' page, no raster image (every map is
 * vector). "Print worksheet": portrait, the questions, one blank map per guessing step, and the
 * answer key starting a page of its own. The pages are saved as PNGs to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import paris from '../../data/lessons/paris-2025.json';
import { base, chromiumForThisFile } from './fixture';
import { openApp } from './app-page';

const chromium = chromiumForThisFile();
const ARTIFACTS = 'tests/browser/.artifacts';
const steps = paris.steps.length;
const guessing = paris.steps.filter((s) => 'reveal' in s && s.reveal === true).length;
const questions = paris.steps.flatMap((s) => ('questions' in s ? s.questions : []) ?? []).length;

async function printFromTools(page: Page, name: string) {
  await page.evaluate(() => {
    window.print = () => void ((window as unknown as { printed: boolean }).printed = true);
  });
  await page.getByRole('button', { name: 'Tools' }).click();
  await page.getByRole('button', { name }).click();
  await page.waitForFunction(() => (window as unknown as { printed?: boolean }).printed, null, {
    timeout: 60_000,
  });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const text = pdf.toString('latin1');
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
    (m) => [Number(m[1]), Number(m[2])] as const,
  );
  const images = [...text.matchAll(/\/Subtype\s*\/Image/g)].length;
  const file = `${ARTIFACTS}/${name.toLowerCase().replace(/\s+/g, '-')}`;
  writeFileSync(`${file}.pdf`, pdf);
  // Rendered pages to look at (poppler's pdftoppm where installed; CI need not have it).
  try {
    execFileSync('pdftoppm', ['-png', '-r', '50', `${file}.pdf`, file]);
  } catch {
    /* no pdftoppm: the PDF itself is the artifact */
  }
  await page.evaluate(() => {
    (window as unknown as { printed: boolean }).printed = false;
    window.dispatchEvent(new Event('afterprint'));
  });
  await page.emulateMedia({ media: 'screen' });
  return { pages: boxes.length, boxes, images };
}

describe('a lesson printed', () => {
  it('all steps: one landscape page per step, then the sources, vector only', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const { page, consoleErrors } = await openApp(
      chromium.browser,
      `${base}?lesson=paris-2025&step=2`,
      { width: 1280, height: 800 },
    );
    const printed = await printFromTools(page, 'Print all steps');
    console.log(`all steps: ${printed.pages} pages, ${printed.images} raster images`);
    expect(printed.pages).toBe(steps + 1);
    for (const [w, h] of printed.boxes) expect(w).toBeGreaterThan(h);
    expect(printed.images).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 120_000);

  it('the worksheet: portrait pages, vector only', async () => {
    const { page, consoleErrors } = await openApp(
      chromium.browser,
      `${base}?lesson=paris-2025&step=2`,
      { width: 1280, height: 800 },
    );
    const sheet = await printFromTools(page, 'Print worksheet');
    console.log(`worksheet: ${sheet.pages} pages, ${sheet.images} raster images`);
    for (const [w, h] of sheet.boxes) expect(h).toBeGreaterThan(w);
    expect(sheet.images).toBe(0);
    expect(sheet.pages).toBeGreaterThanOrEqual(2);
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 120_000);

  it('the worksheet in print media: questions, blank maps, the key on its own page', async () => {
    const { page } = await openApp(chromium.browser, `${base}?lesson=paris-2025&step=1`);
    await page.evaluate(() => {
      window.print = () => void ((window as unknown as { printed: boolean }).printed = true);
    });
    await page.getByRole('button', { name: 'Tools' }).click();
    await page.getByRole('button', { name: 'Print worksheet' }).click();
    await page.waitForFunction(() => (window as unknown as { printed?: boolean }).printed, null, {
      timeout: 60_000,
    });
    await page.emulateMedia({ media: 'print' });
    const seen = await page.evaluate(() => {
      const sheet = document.querySelector('.lesson-print--worksheet')!;
      const key = sheet.querySelector<HTMLElement>('[data-answer-key]')!;
      const blank = [...sheet.querySelectorAll<HTMLImageElement>('[data-blank-map] img')];
      return {
        visible: getComputedStyle(sheet).display !== 'none',
        questions: sheet.querySelectorAll('li[data-question]').length,
        blankMaps: blank.filter((i) => i.naturalWidth > 0).length,
        keyBreak: getComputedStyle(key).breakBefore,
        keyMaps: key.querySelectorAll('img').length,
      };
    });
    expect(seen).toEqual({
      visible: true,
      questions,
      blankMaps: guessing,
      keyBreak: 'page',
      keyMaps: guessing,
    });
    await page.screenshot({ path: `${ARTIFACTS}/worksheet-print-media.png`, fullPage: true });
    await page.close();
  });
});
