/**
 * Nothing moves once drawn (issue 14): the layout shift of a first visit, summed by a buffered
 * `layout-shift` PerformanceObserver (as Lighthouse's CLS, without the session windows: the
 * plain sum is never smaller), over the first 6 s and at least until MapLibre has taken over
 * from the SVG map, on a desktop and a phone.
 */
import { describe, expect, it } from 'vitest';
import { base, chromiumForThisFile } from './fixture';
import { waitForMapIdle } from './app-page';

const chromium = chromiumForThisFile();

interface Shift {
  value: number;
  hadRecentInput: boolean;
  startTime: number;
  sources: string[];
}
declare global {
  interface Window {
    __shifts?: Shift[];
  }
}

describe('layout shift on a first visit', () => {
  for (const size of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ])
    it(`stays below 0.02 at ${size.width}×${size.height}`, async () => {
      const page = await chromium.browser.newPage({ viewport: size });
      await page.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as {
            value: number;
            hadRecentInput: boolean;
            startTime: number;
            sources: { node?: Node | null }[];
          }[])
            window.__shifts!.push({
              value: e.value,
              hadRecentInput: e.hadRecentInput,
              startTime: e.startTime,
              sources: e.sources.map((s) =>
                s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : '#text',
              ),
            });
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(base);
      await waitForMapIdle(page);
      // The rest of the 6 s, measured on the page's own clock.
      await page.waitForFunction(() => performance.now() > 6000, null, { polling: 250 });
      const shifts = await page.evaluate(() => window.__shifts!);
      const total = shifts.filter((s) => !s.hadRecentInput).reduce((a, s) => a + s.value, 0);
      console.log(`layout shift at ${size.width}×${size.height}: ${total.toFixed(4)}`);
      // What moved, should it fail.
      if (total >= 0.02) console.log(JSON.stringify(shifts, null, 1));
      expect(total).toBeLessThan(0.02);
      await page.close();
    });
});
