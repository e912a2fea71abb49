/**
 * Offline after one visit: the service worker (Workbox, generated at build time) precaches the
 * shell, the MapLibre chunk and worker, the data and the fonts. With the network off, a reload
 * draws the map and a country's panel opens — all from the app's sub-path.
 */
import { describe, expect, it } from 'vitest';
import { base, chromiumForThisFile } from './fixture';
import { isOwnOrigin, waitForMapIdle } from './app-page';

const chromium = chromiumForThisFile();

describe('offline use', () => {
  it('is installable: a manifest with a relative start_url and scope, and 192/512 PNG icons', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    await page.goto(base);
    const href = await page.locator('link[rel=manifest]').getAttribute('href');
    expect(href).toBe('./manifest.webmanifest');
    const manifestUrl = new URL(href!, page.url()).href;
    const res = await page.request.get(manifestUrl);
    expect(res.ok()).toBe(true);
    const manifest = (await res.json()) as {
      name: string;
      start_url: string;
      scope: string;
      display: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest.name).toMatch(/Coalition Map/);
    expect(manifest.display).toBe('standalone');
    // Resolved against the manifest's URL, both land on the sub-path the app is served from.
    expect(new URL(manifest.start_url, manifestUrl).href).toBe(base);
    expect(new URL(manifest.scope, manifestUrl).href).toBe(base);
    for (const size of ['192x192', '512x512']) {
      const icon = manifest.icons.find((i) => i.sizes === size && i.type === 'image/png');
      expect(icon, size).toBeDefined();
      const png = await page.request.get(new URL(icon!.src, manifestUrl).href);
      expect(png.ok(), size).toBe(true);
      expect(png.headers()['content-type'], size).toMatch(/image\/png/);
    }
    await context.close();
  });

  it('reloads with the network off: the map draws and France’s panel opens from the list', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));

    await page.goto(base);
    await waitForMapIdle(page);
    // `ready` resolves once the worker is active, i.e. after its precache has been filled;
    // clients.claim() then hands it this page without a reload.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(base);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await context.setOffline(true);
    const offlineRequests: { url: string; fromServiceWorker: boolean; ok: boolean }[] = [];
    page.on('response', (r) =>
      offlineRequests.push({ url: r.url(), fromServiceWorker: r.fromServiceWorker(), ok: r.ok() }),
    );
    page.on('requestfailed', (r) =>
      offlineRequests.push({ url: r.url(), fromServiceWorker: false, ok: false }),
    );
    await page.reload();
    await waitForMapIdle(page);
    const countries = await page.evaluate(
      () =>
        document
          .querySelector<HTMLElement>('[data-testid=map-canvas]')!
          .__map!.querySourceFeatures('countries').length,
    );
    expect(countries).toBeGreaterThan(100);

    await page.getByRole('button', { name: 'France', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'France' });
    await panel.waitFor();
    expect(await panel.getByRole('heading', { name: 'France' }).isVisible()).toBe(true);

    // Everything after the reload came from the service worker, nothing failed, nothing left
    // the app's origin.
    expect(offlineRequests.length).toBeGreaterThan(5);
    expect(offlineRequests.filter((r) => !r.ok || !r.fromServiceWorker)).toEqual([]);
    expect(offlineRequests.filter((r) => !isOwnOrigin(base)(r.url))).toEqual([]);
    const kinds = offlineRequests.map((r) => new URL(r.url).pathname.split('.').pop());
    for (const ext of ['js', 'mjs', 'css', 'json', 'geojson', 'woff2'])
      expect(kinds, `an offline .${ext}`).toContain(ext);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
