/**
 * The stage, walked in real Chromium: every step and every reveal of every lesson in
 * data/lessons, at projector scale at four projector sizes, and plain at the two smallest. On
 * each: no text of the step outside the viewport or its box, nothing faded, the controls in one row, the map at
 * 55 % of the screen or more, its key at most 14 % of the map, and at projector scale every
 * text of the step (progress, title, caption, cards and their source lines) at 28 px or more
 * at 1080 px high, scaled with the screen's height below (19.9 px at 768, 18.7 px at 720).
 * Every language the app speaks walks too, at 1024×768 (issue 15: German and Polish run ≈ 30 %
 * longer, Ukrainian is Cyrillic), with the step titles of the lesson's translation.
 * A screenshot of each is kept under test-results/stage/ (in CI: of each view with a problem).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Lesson } from '@/datasets/lesson-schema';
import { revealCount } from '@/datasets/lesson-reveals';
import { CountriesFile } from '@/datasets/schemas';
import { localiseLesson } from '@/datasets/lesson-text';
import { RecordTranslationFile } from '@/datasets/record-translations';
import { LANGS, type Lang } from '@/i18n/langs';
import { base, chromiumForThisFile } from './fixture';
import { openApp, settle } from './app-page';
import { measureStage } from './stage-fit';

const OUT = 'test-results/stage';
const chromium = chromiumForThisFile();
beforeAll(() => void mkdirSync(OUT, { recursive: true }));

const { countries } = CountriesFile.parse(JSON.parse(readFileSync('data/countries.json', 'utf8')));
const lessons = readdirSync('data/lessons')
  .filter((f) => f.endsWith('.json'))
  .map((f) => Lesson.parse(JSON.parse(readFileSync(`data/lessons/${f}`, 'utf8'))));
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
// Projector scale at every size (its text rule scales with the height); plain type only at the
// two smallest screens, where it runs out of room first (the 1366 and 1080p walks found nothing
// the 1024×768 and 1280×720 ones did not, and cost CI ≈ 50 s).
const PLAIN = new Set(['1024×768', '1280×720']);
const cases = [
  ...lessons.flatMap((lesson) =>
    SIZES.flatMap((size) =>
      [false, true]
        .filter((projector) => projector || PLAIN.has(`${size.width}×${size.height}`))
        .map((projector) => ({ lesson, size, projector, lang: 'en' as Lang })),
    ),
  ),
  ...lessons.flatMap((lesson) =>
    LANGS.filter((l) => l !== 'en').flatMap((lang) =>
      [true, false].map((projector) => ({ lesson, size: SIZES[0]!, projector, lang })),
    ),
  ),
];

/** The lesson as a class in `lang` sees it (its translation, if it has one). */
function inLanguage(lesson: Lesson, lang: Lang): Lesson {
  const path = `data/i18n/${lang}/lessons/${lesson.id}.json`;
  if (lang === 'en' || !existsSync(path)) return lesson;
  const file = RecordTranslationFile.parse(JSON.parse(readFileSync(path, 'utf8')));
  return localiseLesson(lesson, lang, file);
}
// Every view's screenshot on a developer's machine; in CI only those with a problem.
const SHOT_ALL = process.env.CI !== 'true';

describe('the stage shows every part of every step', () => {
  it.each(
    cases.map(
      (c) =>
        [
          `${c.lesson.id} ${c.lang} ${c.size.width}×${c.size.height} ${c.projector ? 'projector' : 'plain'}`,
          c,
        ] as const,
    ),
  )(
    '%s',
    async (_name, { lesson: english, size, projector, lang }) => {
      const lesson = inLanguage(english, lang);
      const mode = `${projector ? 'projector=1&' : ''}${lang === 'en' ? '' : `lang=${lang}&`}`;
      const { page, consoleErrors } = await openApp(
        chromium.browser,
        `${base}?${mode}lesson=${lesson.id}&step=1`,
        size,
      );
      const at = (step: number, reveal: number, concealed: boolean) =>
        page.waitForFunction(
          ([s, r, c]) => {
            const q = new URLSearchParams(location.search);
            const shown = document.querySelector('.lesson-hidden') !== null;
            return (
              q.get('step') === String(s) && (q.get('reveal') ?? '1') === String(r) && shown === c
            );
          },
          [step, reveal, concealed] as const,
        );
      let walked = 0;
      const failures: string[] = [];
      const shares: number[] = [];
      const keys: number[] = [];
      const fonts: number[] = [];
      for (const [i, step] of lesson.steps.entries()) {
        const phases = [
          ...(step.reveal ? [{ reveal: 1, concealed: true }] : []),
          ...Array.from({ length: revealCount(step, countries) }, (_, k) => ({
            reveal: k + 1,
            concealed: false,
          })),
        ];
        for (const { reveal, concealed } of phases) {
          await at(i + 1, reveal, concealed);
          await page.getByRole('heading', { level: 2, name: step.title }).waitFor();
          if (reveal === 1) await settle(page);
          const where = `step ${i + 1}${concealed ? ' (concealed)' : ''} reveal ${reveal}`;
          const tag = `${lesson.id}-${lang}-${size.width}x${size.height}-${projector ? 'projector' : 'plain'}-s${i + 1}-r${reveal}${concealed ? '-concealed' : ''}`;
          const before = failures.length;
          const fit = await measureStage(page);
          failures.push(...fit.problems.map((p) => `${where}: ${p}`));
          if (fit.barRows !== 1) failures.push(`${where}: the controls wrap`);
          if (fit.mapShare < 0.55) failures.push(`${where}: map ${fit.mapShare.toFixed(3)}`);
          // The key over the map's corner stays compact: ≤ 13.6 % measured at 4:3 projector
          // scale (it was ≈ 22 %), ≤ 11.7 % elsewhere.
          if (fit.keyShare > 0.14) failures.push(`${where}: key ${fit.keyShare.toFixed(3)}`);
          // Every word of the step at projector scale: 28 px at 1080 px high, scaled below.
          if (projector && fit.minTextPx < (28 * size.height) / 1080 - 0.05)
            failures.push(`${where}: step text ${fit.minTextPx} px`);
          if (SHOT_ALL || failures.length > before)
            await page.screenshot({ path: `${OUT}/${tag}.png` });
          shares.push(fit.mapShare);
          keys.push(fit.keyShare);
          fonts.push(fit.minTextPx);
          walked++;
          await page.keyboard.press('PageDown');
        }
      }
      const expected = lesson.steps.reduce(
        (n, s) => n + revealCount(s, countries) + (s.reveal ? 1 : 0),
        0,
      );
      expect(walked).toBe(expected);
      // The numbers the report quotes: the smallest map share and body text on this walk.
      console.info(
        `${lesson.id} ${lang} ${size.width}×${size.height} ${projector ? 'projector' : 'plain'}: ${walked} views, map ≥ ${(Math.min(...shares) * 100).toFixed(1)} %, step text ≥ ${Math.min(...fonts).toFixed(1)} px, key ≤ ${(Math.max(...keys) * 100).toFixed(1)} % of the map, ${failures.length} problems`,
      );
      expect(failures).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.close();
    },
    300_000,
  );
});
