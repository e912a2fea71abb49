/**
 * What the stage walk measures in the page: every text of the step inside the viewport and
 * inside its container, nothing faded, the step's body text size, the map's share of the screen
 * and the controls in one row. Runs in the browser (page.evaluate), so it is plain DOM code.
 */
import type { Page } from 'playwright-core';

export interface StageFit {
  /** Texts of the step (and of its controls) outside the viewport or their box, or faded. */
  problems: string[];
  /** The smallest body text of the step, in CSS px (source lines excepted). */
  minBodyPx: number;
  /** The smallest of all the step's text (progress, title, caption, cards, source lines). */
  minTextPx: number;
  /** The map canvas's visible area over the viewport's. */
  mapShare: number;
  /** The map's key (the legend's box over the map) over the map's area. */
  keyShare: number;
  /** The controls' tops: one row when they are all the same. */
  barRows: number;
}

export const measureStage = (page: Page): Promise<StageFit> =>
  page.evaluate(() => {
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const problems: string[] = [];
    const stage = document.querySelector<HTMLElement>('.lesson-stage')!;
    const bar = document.querySelector<HTMLElement>('.lesson-bar')!;
    const inside = (r: DOMRect, c: DOMRect) =>
      r.left >= c.left - 1 &&
      r.right <= c.right + 1 &&
      r.top >= c.top - 1 &&
      r.bottom <= c.bottom + 1;
    const screen = new DOMRect(0, 0, vw, vh);
    const opacity = (el: Element | null) => {
      let o = 1;
      for (let n = el; n; n = n.parentElement) o *= Number(getComputedStyle(n).opacity);
      return o;
    };
    let minBodyPx = Infinity;
    let minTextPx = Infinity;
    for (const box of [stage, bar]) {
      const container = box.getBoundingClientRect();
      const name = box.className;
      if (!inside(container, screen)) problems.push(`${name} outside the viewport`);
      const mask = getComputedStyle(box).maskImage;
      if (mask && mask !== 'none') problems.push(`${name} is masked (faded)`);
      if (box.scrollHeight > box.clientHeight + 1) problems.push(`${name} overflows its box`);
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const el = t.parentElement!;
        if (!t.textContent!.trim() || el.closest('.visually-hidden, [hidden], .bar-menu-pop'))
          continue;
        const range = document.createRange();
        range.selectNodeContents(t);
        for (const r of range.getClientRects()) {
          const what = `${el.tagName.toLowerCase()} "${t.textContent!.trim().slice(0, 30)}"`;
          if (!inside(r, screen)) problems.push(`${what} outside the viewport`);
          else if (!inside(r, container)) problems.push(`${what} outside ${name}`);
        }
        // A disabled control is dimmed on purpose (Previous on the first step); text is not.
        if (opacity(el) < 1 && !el.closest(':disabled'))
          problems.push(`${el.tagName} "${t.textContent!.slice(0, 30)}" faded`);
        const body =
          el.closest('.lesson-text, .lesson-data') && !el.closest('.lesson-credit, figcaption');
        const px = parseFloat(getComputedStyle(el).fontSize);
        if (box === stage && body) minBodyPx = Math.min(minBodyPx, px);
        if (box === stage) minTextPx = Math.min(minTextPx, px);
      }
    }
    const map = document.querySelector('[data-testid=map-canvas]')!.getBoundingClientRect();
    const w = Math.max(0, Math.min(map.right, vw) - Math.max(map.left, 0));
    const h = Math.max(0, Math.min(map.bottom, vh) - Math.max(map.top, 0));
    const tops = new Set(
      [...bar.querySelectorAll(':scope button, :scope .bar-menu-toggle')]
        .filter((b) => !b.closest('.bar-menu-pop'))
        .map((b) => Math.round(b.getBoundingClientRect().top / 4)),
    );
    const key = document.querySelector('.sidebar')!.getBoundingClientRect();
    const keyShare = (key.width * key.height) / (map.width * map.height);
    return {
      problems,
      minBodyPx,
      minTextPx,
      mapShare: (w * h) / (vw * vh),
      keyShare,
      barRows: tops.size,
    };
  });
