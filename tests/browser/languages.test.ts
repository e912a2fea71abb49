/**
 * Issue 15 in real Chromium: `?lang=fr` and `?lang=uk` show the headline, the legend and
 * France's panel in that language (Ukrainian in Noto Sans's Cyrillic, from the app's own files);
 * a browser whose preferred language is German opens in German; the switcher writes `?lang=`;
 * the handout and the PNG export in Polish hold their words in their boxes. The expected words
 * come from the catalogues and the record's translation files, never typed in.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CountriesFile } from '@/datasets/schemas';
import { RecordTranslationFile } from '@/datasets/record-translations';
import { CATALOGUES } from '../support/say';
import { base, chromiumForThisFile } from './fixture';
import { openApp, waitForMapIdle } from './app-page';

const OUT = 'test-results/languages';
const chromium = chromiumForThisFile();
beforeAll(() => void mkdirSync(OUT, { recursive: true }));

const { countries } = CountriesFile.parse(JSON.parse(readFileSync('data/countries.json', 'utf8')));
const france = countries.find((c) => c.iso3 === 'FRA')!;
const record = (lang: string) =>
  RecordTranslationFile.parse(JSON.parse(readFileSync(`data/i18n/${lang}/record.json`, 'utf8')));
const regionName = (lang: string, code: string) =>
  new Intl.DisplayNames([lang], { type: 'region' }).of(code)!;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const headlineOf = (page: Page) => page.locator('.site-header .headline').first().innerText();

describe('the app in the class’s language', () => {
  it.each(['fr', 'uk'] as const)(
    '?lang=%s: the headline, the legend and France’s panel',
    async (lang) => {
      const c = CATALOGUES[lang];
      const { page, consoleErrors } = await openApp(
        chromium.browser,
        `${base}?lang=${lang}&country=FRA`,
        { width: 1280, height: 720 },
      );
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await page.title()).toBe(c['app.documentTitle']);
      const headline = await headlineOf(page);
      expect(headline).toContain(c['headline.shows']);
      expect(headline).not.toContain(CATALOGUES.en['headline.shows']);
      for (const type of ['troops', 'outside', 'undecided'] as const)
        await page
          .getByRole('button', { name: new RegExp(escape(c[`type.${type}`])) })
          .first()
          .waitFor();
      const panel = page.getByRole('complementary', { name: regionName(lang, 'FR') });
      await panel.waitFor();
      const latest = france.positions.at(-1)!;
      const summary = record(lang).blocks[`country.FRA.position.${latest.asOf}.summary`]!.text;
      expect(await panel.innerText()).toContain(summary.slice(0, 60));
      expect(await panel.innerText()).not.toContain(latest.summary.slice(0, 60));
      await page.screenshot({ path: `${OUT}/${lang}-1280x720.png` });
      if (lang === 'uk') {
        // Cyrillic glyphs from the app's own Noto Sans subset (offline), not a system font.
        const faces = await page.evaluate(async () => {
          await document.fonts.ready;
          return [...document.fonts]
            .filter((f) => f.family.includes('Noto Sans') && /U\+0*400-/i.test(f.unicodeRange))
            .map((f) => f.status);
        });
        expect(faces).toContain('loaded');
      }
      expect(consoleErrors).toEqual([]);
      await page.close();
    },
    60_000,
  );

  it('opens in German for a browser whose preferred language is German', async () => {
    const page = await chromium.browser.newPage({
      locale: 'de-DE',
      viewport: { width: 1024, height: 768 },
    });
    await page.goto(base);
    await waitForMapIdle(page);
    expect(await page.evaluate(() => [document.documentElement.lang, navigator.language])).toEqual([
      'de',
      'de-DE',
    ]);
    expect(await headlineOf(page)).toContain(CATALOGUES.de['headline.shows']);
    // Nobody chose: the address does not pin the language (a link follows its reader's browser).
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    await page.screenshot({ path: `${OUT}/de-preferred-1024x768.png` });
    await page.close();
  }, 60_000);

  it('the switcher writes ?lang= and the page stays in that language after a reload', async () => {
    const { page } = await openApp(chromium.browser, `${base}?country=DEU`, {
      width: 1024,
      height: 768,
    });
    await page.getByRole('combobox', { name: CATALOGUES.en['lang.label'] }).selectOption('pl');
    await page.waitForFunction(() => document.documentElement.lang === 'pl');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('pl');
    expect(new URL(page.url()).searchParams.get('country')).toBe('DEU');
    expect(await headlineOf(page)).toContain(CATALOGUES.pl['headline.shows']);
    await page.reload();
    await waitForMapIdle(page);
    expect(await headlineOf(page)).toContain(CATALOGUES.pl['headline.shows']);
    await page.getByRole('complementary', { name: regionName('pl', 'DE') }).waitFor();
    await page.close();
  }, 60_000);
});

describe('the handout and the image in Polish', () => {
  const pl = CATALOGUES.pl;
  const open = async () => {
    const app = await openApp(chromium.browser, `${base}?lang=pl&country=FRA`, {
      width: 1280,
      height: 720,
    });
    await app.page.getByRole('button', { name: pl['views.classroomTools'] }).click();
    return app;
  };

  it('prints the handout in Polish, every word inside its box', async () => {
    const { page, consoleErrors } = await open();
    await page.evaluate(() => {
      window.print = () => void ((window as unknown as { printed: boolean }).printed = true);
    });
    await page.getByRole('button', { name: pl['views.export.printHandout'] }).click();
    await page.waitForFunction(() => (window as unknown as { printed?: boolean }).printed, null, {
      timeout: 60_000,
    });
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 703, height: 1032 }); // A4 less 12 mm margins
    const handout = page.locator('.handout');
    await handout.waitFor();
    const text = await handout.innerText();
    expect(text).toContain(pl['type.troops']);
    expect(text).not.toContain(CATALOGUES.en['type.troops']);
    const overflowing = await handout.evaluate((root) =>
      [...root.querySelectorAll<HTMLElement>('*')]
        .filter(
          (el) =>
            el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible',
        )
        .concat(
          [...root.querySelectorAll<HTMLElement>('*')].filter(
            (el) => el.getBoundingClientRect().right > root.getBoundingClientRect().right + 1,
          ),
        )
        .map((el) => `${el.tagName}.${el.className}: ${el.textContent?.slice(0, 40)}`),
    );
    expect(overflowing).toEqual([]);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.screenshot({ path: `${OUT}/pl-handout-print.png`, fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 90_000);

  it('draws the image in Polish, every word inside the picture', async () => {
    const { page, consoleErrors } = await open();
    // Every string the export draws, where, and how wide it is in the canvas's own font.
    await page.evaluate(() => {
      const drawn: { text: string; right: number; width: number }[] = [];
      (window as unknown as { drawn: typeof drawn }).drawn = drawn;
      const fill = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
        const w = Math.min(this.measureText(text).width, maxWidth ?? Infinity);
        const left =
          this.textAlign === 'right' || this.textAlign === 'end'
            ? x - w
            : this.textAlign === 'center'
              ? x - w / 2
              : x;
        drawn.push({ text: String(text), right: left + w, width: this.canvas.width });
        return fill.call(this, text, x, y, maxWidth);
      };
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: pl['views.export.downloadImage'] }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const drawn = await page.evaluate(
      () =>
        (window as unknown as { drawn: { text: string; right: number; width: number }[] }).drawn,
    );
    const texts = drawn.map((d) => d.text).join('\n');
    expect(texts).toContain(pl['type.troops']);
    expect(texts).not.toContain(CATALOGUES.en['type.troops']);
    expect(drawn.filter((d) => d.right > d.width + 0.5).map((d) => d.text)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 90_000);
});
