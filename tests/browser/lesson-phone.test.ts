/**
 * A student following a shared lesson link on a 390×844 phone: on every step of every lesson
 * the map is there and drawn (not a blank box), the panel a step opens sits between the map and
 * the step (it covers neither), the step starts on screen and the controls are one row inside
 * the screen. (Before: at step 5 the map was 0 px wide and white, the panel's sheet covered the
 * step and the controls wrapped.) A screenshot of each step is kept under test-results/stage/.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Lesson } from '@/datasets/lesson-schema';
import { base, chromiumForThisFile } from './fixture';
import { settle, waitForMapIdle } from './app-page';

const OUT = 'test-results/stage';
const PHONE = { width: 390, height: 844 };
const chromium = chromiumForThisFile();
beforeAll(() => void mkdirSync(OUT, { recursive: true }));

const lessons = readdirSync('data/lessons')
  .filter((f) => f.endsWith('.json'))
  .map((f) => Lesson.parse(JSON.parse(readFileSync(`data/lessons/${f}`, 'utf8'))));

/** Boxes of the stage's parts, the controls' rows and the share of the map's pixels not white. */
const measure = () =>
  document.fonts.ready.then(() => {
    const box = (s: string) => document.querySelector(s)?.getBoundingClientRect() ?? null;
    const el = document.querySelector<HTMLElement>('[data-testid=map-canvas]')!;
    const canvas = (el.__map as unknown as { getCanvas(): HTMLCanvasElement }).getCanvas();
    let drawn = 0;
    if (canvas.width > 0 && canvas.height > 0) {
      const c = document.createElement('canvas');
      c.width = 64;
      c.height = 64;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0, 64, 64);
      const px = ctx.getImageData(0, 0, 64, 64).data;
      for (let i = 0; i < px.length; i += 4)
        if (px[i]! < 235 || px[i + 1]! < 235 || px[i + 2]! < 235) drawn++;
      drawn /= 64 * 64;
    }
    const bar = document.querySelector('.lesson-bar')!;
    const buttons = [...bar.querySelectorAll(':scope button, :scope .bar-menu-toggle')].filter(
      (b) => !b.closest('.bar-menu-pop') && b.getBoundingClientRect().width > 0,
    );
    const rows = new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top / 4)));
    const rightmost = Math.max(...buttons.map((b) => b.getBoundingClientRect().right));
    return {
      map: box('[data-testid=map-canvas]')!.toJSON() as DOMRect,
      panel: (box('.panel')?.toJSON() ?? null) as DOMRect | null,
      step: box('.lesson-stage')!.toJSON() as DOMRect,
      title: box('#lesson-step-title')!.toJSON() as DOMRect,
      bar: box('.lesson-bar')!.toJSON() as DOMRect,
      rows: rows.size,
      rightmost,
      drawn,
    };
  });

describe('a lesson on a phone', () => {
  it.each(lessons.map((l) => [l.id, l] as const))(
    '%s: every step has the map drawn, the step and its panel apart, one row of controls',
    async (_id, lesson) => {
      const page = await chromium.browser.newPage({
        viewport: PHONE,
        isMobile: true,
        hasTouch: true,
      });
      const failures: string[] = [];
      for (const [i, step] of lesson.steps.entries()) {
        // Every other step as a link shared from the projector (projector=1): a phone ignores it.
        const shared = i % 2 === 1 ? '&projector=1' : '';
        await page.goto(`${base}?lesson=${lesson.id}&step=${i + 1}${shared}`);
        await page.getByRole('heading', { level: 2, name: step.title }).waitFor();
        await waitForMapIdle(page);
        await settle(page);
        await page.screenshot({ path: `${OUT}/${lesson.id}-phone-s${i + 1}.png` });
        const m = await page.evaluate(measure);
        const at = `step ${i + 1}`;
        if (m.map.width < PHONE.width - 1) failures.push(`${at}: map ${m.map.width} px wide`);
        if (m.map.height < PHONE.height * 0.3) failures.push(`${at}: map ${m.map.height} px high`);
        if (m.drawn < 0.5) failures.push(`${at}: map ${(m.drawn * 100).toFixed(0)} % drawn`);
        if (m.panel && m.panel.top < m.map.bottom - 1) failures.push(`${at}: panel over the map`);
        if (m.panel && m.panel.bottom > m.step.top + 1) failures.push(`${at}: panel over the step`);
        if (m.title.bottom > m.bar.top || m.title.top < m.step.top)
          failures.push(`${at}: the step's title is not on screen`);
        if (m.bar.bottom > PHONE.height + 1 || Math.max(m.bar.right, m.rightmost) > PHONE.width + 1)
          failures.push(`${at}: controls outside the screen`);
        if (m.rows !== 1) failures.push(`${at}: controls in ${m.rows} rows`);
      }
      expect(failures).toEqual([]);
      await page.close();
    },
    180_000,
  );
});
