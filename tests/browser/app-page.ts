/**
 * A driver for the app in a real page: open a URL, wait until the map has drawn, and reach the
 * MapLibre instance the adapter exposes for tests (project, queryRenderedFeatures, state).
 */
import type { Browser, Page, Request } from 'playwright-core';

export interface AppPage {
  page: Page;
  requests: string[];
  consoleErrors: string[];
}

export async function openApp(
  browser: Browser,
  url: string,
  size = { width: 1280, height: 800 },
): Promise<AppPage> {
  const page = await browser.newPage({ viewport: size });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (r: Request) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(url);
  await waitForMapIdle(page);
  return { page, requests, consoleErrors };
}

type MapLike = {
  loaded(): boolean;
  once(e: string, cb: () => void): void;
  triggerRepaint(): void;
  getSource(id: string): { _data?: unknown } | undefined;
  querySourceFeatures(id: string): unknown[];
};
declare global {
  interface HTMLElement {
    __map?: MapLike;
  }
}

/** Waits until the map exists, has its countries, and has finished rendering. */
export async function waitForMapIdle(page: Page) {
  await page.waitForFunction(
    () => {
      const m = document.querySelector<HTMLElement>('[data-testid=map-canvas]')?.__map;
      // …and has taken over from the SVG map drawn first (use-map-adapters.ts).
      const svgGone = !document.querySelector('[data-testid=map-svg] svg');
      return !!m && m.loaded() && m.querySourceFeatures('countries').length > 0 && svgGone;
    },
    null,
    { timeout: 30_000 },
  );
  await settle(page);
}

/** Registers `idle` before forcing a repaint, in one evaluate, so the event cannot slip by. */
export async function settle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const m = document.querySelector<HTMLElement>('[data-testid=map-canvas]')!.__map!;
        m.once('idle', () => resolve());
        m.triggerRepaint();
      }),
  );
}

/**
 * Waits until a country's feature-state flag has a value. The map applies a click's selection
 * one frame after the panel paints (src/features/map/after-paint.ts), so tests wait for it.
 */
export async function waitForFeatureState(page: Page, iso3: string, flag: string, value = true) {
  await page.waitForFunction(
    ([id, key, want]) => {
      const m = document.querySelector<HTMLElement>('[data-testid=map-canvas]')!
        .__map as unknown as {
        getFeatureState(f: { source: string; id: string }): Record<string, unknown>;
      };
      return (
        (m.getFeatureState({ source: 'countries', id: id as string })[key as string] ?? false) ===
        want
      );
    },
    [iso3, flag, value] as const,
    { timeout: 10_000 },
  );
}

/** The map's camera, rounded to 4 decimals so that "did not move" compares exactly. */
export async function cameraOf(page: Page) {
  return page.evaluate(() => {
    const m = document.querySelector<HTMLElement>('[data-testid=map-canvas]')!.__map as unknown as {
      getCenter(): { lng: number; lat: number };
      getZoom(): number;
    };
    const c = m.getCenter();
    const r = (v: number) => Math.round(v * 1e4) / 1e4;
    return { lon: r(c.lng), lat: r(c.lat), zoom: r(m.getZoom()) };
  });
}

/** Page coordinates of a longitude/latitude on the map. */
export async function pixelOf(page: Page, lon: number, lat: number) {
  return page.evaluate(
    ([lon, lat]) => {
      const el = document.querySelector<HTMLElement>('[data-testid=map-canvas]')!;
      const m = el.__map as unknown as { project(p: [number, number]): { x: number; y: number } };
      const p = m.project([lon!, lat!]);
      const r = el.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    [lon, lat],
  );
}

/** What the map draws at a point: the country feature's ISO3, type and state, or null. */
export async function featureAt(page: Page, lon: number, lat: number) {
  return page.evaluate(
    ([lon, lat]) => {
      const m = document.querySelector<HTMLElement>('[data-testid=map-canvas]')!
        .__map as unknown as {
        project(p: [number, number]): unknown;
        queryRenderedFeatures(
          p: unknown,
          o: unknown,
        ): { properties: Record<string, unknown>; state: Record<string, unknown> }[];
      };
      const f = m.queryRenderedFeatures(m.project([lon!, lat!]), { layers: ['country-fill'] })[0];
      return f
        ? {
            iso3: f.properties.iso3 as string,
            type: f.properties.type as string | undefined,
            state: f.state,
          }
        : null;
    },
    [lon, lat],
  );
}

/** The #rrggbb colour the map canvas shows at a longitude/latitude. */
export async function colourAt(page: Page, lon: number, lat: number): Promise<string> {
  return page.evaluate(
    ([lon, lat]) => {
      const el = document.querySelector<HTMLElement>('[data-testid=map-canvas]')!;
      const m = el.__map as unknown as {
        project(p: [number, number]): { x: number; y: number };
        getCanvas(): HTMLCanvasElement;
      };
      const p = m.project([lon!, lat!]);
      const src = m.getCanvas();
      const ratio = src.width / src.clientWidth;
      const c = document.createElement('canvas');
      c.width = src.width;
      c.height = src.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(src, 0, 0);
      const [r, g, b] = ctx.getImageData(
        Math.round(p.x * ratio),
        Math.round(p.y * ratio),
        1,
        1,
      ).data;
      return '#' + [r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('');
    },
    [lon, lat],
  );
}

export const isOwnOrigin = (base: string) => (u: string) =>
  u.startsWith(new URL(base).origin) || u.startsWith('data:') || u.startsWith('blob:');
