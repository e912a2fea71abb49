/**
 * What the page looks like while it loads (issue 14): when the coloured countries are first on
 * screen, whatever draws them, and how much the layout shifts. Runs in the page before any of
 * its scripts (passed to Playwright's addInitScript; self-contained).
 *
 * "Coloured countries visible" is read from the state each renderer paints from, on the frame
 * boundary, not from pixels (reading pixels back every frame would slow the very load it
 * measures, most of all under software WebGL):
 * - the SVG map (app): France's path has a fill that is not the neutral grey. The DOM change
 *   is painted in the next frame; the mark is the start of the frame after that (2 rAFs);
 * - MapLibre (app and bare page): a `render` event after which the fill layer has a country
 *   under a point inside France (on the app, a country with a commitment type, i.e. coloured).
 *   The frame is presented at the end of that rAF; the mark is the start of the next one. On
 *   the app it counts only when the SVG map is not drawn over it.
 * `by` says which renderer was first. tests/browser/handover.test.ts checks, on pixels, that
 * the SVG map's colours are on screen before MapLibre's and the same after the handover.
 */
/* global window, document, requestAnimationFrame, MutationObserver -- this function runs in the page */

export function instrumentFirstSight() {
  // A point inside France (lon, lat), in view at the app's and the bare page's default camera.
  const PROBE = [2.5, 46.6];
  // theme/palette.ts NEUTRAL_COLOR: a country drawn without its colour (no data yet, concealed).
  const NEUTRAL = '#e9e6e0';
  const s = (window.__sight = { colouredAt: null, by: null, shifts: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (!e.hadRecentInput) s.shifts.push([e.startTime, e.value]);
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    /* no layout-shift entries: the CLS stays 0 and is reported as measured by Lighthouse only */
  }
  let marked = false;
  const mark = (by, frames) => {
    if (marked) return;
    marked = true;
    const wait = (n) =>
      requestAnimationFrame(() => {
        if (n > 1) return wait(n - 1);
        s.colouredAt = performance.now();
        s.by = by;
      });
    wait(frames);
  };
  const svgDrawn = () => !!document.querySelector('[data-testid=map-svg] svg');
  const mo = new MutationObserver(() => {
    const fill = document
      .querySelector('[data-testid=map-svg] path[data-iso3="FRA"]')
      ?.getAttribute('fill');
    if (!fill || fill === NEUTRAL) return;
    mo.disconnect();
    mark('SVG', 2);
  });
  mo.observe(document, { childList: true, subtree: true, attributes: true });
  const poll = setInterval(() => {
    const bare = window.__map;
    const m = bare ?? document.querySelector('[data-testid=map-canvas]')?.__map;
    if (!m) return;
    clearInterval(poll);
    const onRender = () => {
      if (marked) return m.off('render', onRender);
      if (!m.getLayer('country-fill') || svgDrawn()) return;
      const p = m.project(PROBE);
      const f = m.queryRenderedFeatures([p.x, p.y], { layers: ['country-fill'] })[0];
      if (!f || (!bare && !f.properties.type)) return;
      m.off('render', onRender);
      mark('MapLibre', 1);
    };
    m.on('render', onRender);
  }, 4);
}

/** The layout shift over the first `ms` of the page (Lighthouse's CLS takes session windows). */
export const shiftWithin = (shifts, ms) =>
  shifts.filter(([t]) => t < ms).reduce((a, [, v]) => a + v, 0);
