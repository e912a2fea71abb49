/**
 * What the benchmark runs inside the page (self-contained functions passed to Playwright).
 * Times are `performance.now()` or event timestamps, on the same clock.
 */
/* global window, document, requestAnimationFrame, MutationObserver,
   addEventListener, HTMLCanvasElement -- these functions run in the page */

/**
 * Before any page script: the first frames with the header (`h1At`) and header AND legend
 * (`shellAt`), first-contentful-paint (`fcp`), the first map `idle` with countries
 * (`mapIdleAt`); the map is the container's `__map` (app) or `window.__map` (bare page).
 */
export function instrumentNavigation() {
  const b = (window.__bench = { h1At: null, shellAt: null, mapIdleAt: null, fcp: null });
  const pending = new Set();
  const markNextFrame = (key) => {
    if (b[key] !== null || pending.has(key)) return;
    pending.add(key);
    requestAnimationFrame(() => {
      b[key] = performance.now();
    });
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch {
    /* no paint timing: fcp stays null */
  }
  const mo = new MutationObserver(() => {
    const h1 = document.querySelector('h1')?.textContent;
    if (h1) markNextFrame('h1At');
    const legend = document.querySelector('.legend button, [aria-labelledby=legend-title] button');
    if (h1 && legend) markNextFrame('shellAt');
    if (pending.has('h1At') && pending.has('shellAt')) mo.disconnect();
  });
  mo.observe(document, { childList: true, subtree: true });
  const poll = setInterval(() => {
    const m = window.__map ?? document.querySelector('[data-testid=map-canvas]')?.__map;
    if (!m) return;
    clearInterval(poll);
    const onIdle = () => {
      if (m.querySourceFeatures('countries').length === 0) return;
      b.mapIdleAt = performance.now();
      m.off('idle', onIdle);
    };
    m.on('idle', onIdle);
  }, 4);
}

/** Resolves at the next map `idle` (registered before forcing a repaint, so it cannot slip by). */
export function settleMap() {
  return new Promise((resolve) => {
    const m = document.querySelector('[data-testid=map-canvas]').__map;
    m.once('idle', () => resolve());
    m.triggerRepaint();
  });
}

/** The app's map is ready: it exists, has its countries and nothing left to load. */
export function mapReady() {
  const m = document.querySelector('[data-testid=map-canvas]')?.__map;
  return !!m && m.loaded() && m.querySourceFeatures('countries').length > 0;
}

/** Label points of the countries the data types (the app's own file, in the HTTP cache). */
export async function coalitionLabelPoints() {
  const entry = performance
    .getEntriesByType('resource')
    .find((e) => /label-points[^/]*\.geojson$/.test(e.name));
  const labels = await (await fetch(entry.name)).json();
  const m = document.querySelector('[data-testid=map-canvas]').__map;
  const out = [];
  for (const f of labels.features) {
    const [lon, lat] = f.geometry.coordinates;
    const p = m.project([lon, lat]);
    const hit = m.queryRenderedFeatures([p.x, p.y], { layers: ['country-fill'] })[0];
    if (hit && hit.properties.iso3 === f.properties.iso3 && hit.properties.type)
      out.push({ iso3: f.properties.iso3, lon, lat });
  }
  return out;
}

/**
 * Arms a click → panel probe for `iso3` at its label point and returns the page pixel to
 * click, or null when that pixel is not this country's (covered by the panel, off screen).
 * `__clk.t0` = the mousedown's timestamp; `dom` = when the panel heading changed to a new
 * country's name; `t1` = the next animation frame after that; `click` = the click event's
 * timestamp (the browser delivers it after mouseup, which waits for a busy main thread).
 */
export function armClickProbe({ iso3, lon, lat }) {
  const el = document.querySelector('[data-testid=map-canvas]');
  const m = el.__map;
  const p = m.project([lon, lat]);
  const r = el.getBoundingClientRect();
  const x = r.left + p.x;
  const y = r.top + p.y;
  const f = m.queryRenderedFeatures([p.x, p.y], { layers: ['country-fill'] })[0];
  if (
    !f ||
    f.properties.iso3 !== iso3 ||
    !(document.elementFromPoint(x, y) instanceof HTMLCanvasElement)
  )
    return null;
  const heading = () => {
    const aside = document.querySelector('aside[aria-labelledby]');
    const id = aside?.getAttribute('aria-labelledby');
    return (id && document.getElementById(id)?.textContent) || '';
  };
  const before = heading();
  const s = (window.__clk = { t0: null, click: null, dom: null, t1: null, heading: null });
  addEventListener('mousedown', (e) => (s.t0 = e.timeStamp), { capture: true, once: true });
  addEventListener('click', (e) => (s.click = e.timeStamp), { capture: true, once: true });
  const mo = new MutationObserver(() => {
    const now = heading();
    if (s.t0 === null || !now || now === before) return;
    mo.disconnect();
    s.dom = performance.now();
    s.heading = now;
    requestAnimationFrame(() => (s.t1 = performance.now()));
  });
  mo.observe(document.body, { childList: true, subtree: true, characterData: true });
  return { x, y };
}

/**
 * Arms a filter → repaint probe on the legend toggle number `index`: `t0` = mousedown
 * timestamp, `render` = the first map `render` after the click, `idle` = the next `idle`.
 */
export function armFilterProbe(index) {
  const buttons = [...document.querySelectorAll('.legend button[aria-pressed]')];
  const btn = buttons[index % buttons.length];
  const m = document.querySelector('[data-testid=map-canvas]').__map;
  const s = (window.__flt = {
    t0: null,
    render: null,
    idle: null,
    before: btn.getAttribute('aria-pressed'),
    after: null,
  });
  btn.addEventListener('mousedown', (e) => (s.t0 = e.timeStamp), { once: true });
  // A listener on the button itself runs before React's (delegated at the root).
  btn.addEventListener(
    'click',
    () => {
      m.once('render', () => (s.render = performance.now()));
      m.once('idle', () => {
        s.idle = performance.now();
        s.after = btn.getAttribute('aria-pressed');
      });
    },
    { once: true },
  );
  return btn.textContent;
}

/** Where the soak finds things (kept here so a markup change is a one-line fix). */
export const SELECTORS = {
  listButtons: '.country-list li button',
  legendToggles: '.legend button[aria-pressed]',
};

/** The `index`-th (modulo) match of `selector`, scrolled into view: its centre, or null. */
export function centreOf([selector, index]) {
  const all = [...document.querySelectorAll(selector)];
  if (all.length === 0) return null;
  const el = all[index % all.length];
  el.scrollIntoView({ block: 'center', inline: 'nearest' });
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  const top = document.elementFromPoint(x, y);
  return top && (top === el || el.contains(top)) ? { x, y, count: all.length } : null;
}

/**
 * What one map frame costs once the map is idle: `triggerRepaint()` → the `render` event,
 * median of `n` frames. Under software WebGL this is most of every interaction's latency.
 */
export async function frameCost(n) {
  const m = window.__map ?? document.querySelector('[data-testid=map-canvas]').__map;
  const times = [];
  for (let i = 0; i < n; i++) {
    await new Promise((resolve) => {
      m.once('idle', resolve);
      m.triggerRepaint();
    });
    const t0 = performance.now();
    await new Promise((resolve) => {
      m.once('render', resolve);
      m.triggerRepaint();
    });
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)];
}
