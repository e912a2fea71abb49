/**
 * Privacy and the production Content-Security-Policy: a whole session — load, click a country
 * on the map, filter, search, About, patterns, dark theme — raises no CSP violation and sends
 * every request to the app's own origin.
 */
import { describe, expect, it } from 'vitest';
import { base, chromiumForThisFile } from './fixture';
import { isOwnOrigin, pixelOf, settle, waitForMapIdle } from './app-page';

const chromium = chromiumForThisFile();

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}
declare global {
  interface Window {
    __cspViolations: Violation[];
  }
}

/** Init script: every `securitypolicyviolation` of the page, in `window.__cspViolations`. */
function collectViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__cspViolations.push({
      directive: e.violatedDirective,
      blocked: e.blockedURI,
      source: `${e.sourceFile}:${e.lineNumber}`,
      sample: e.sample,
    }),
  );
}

describe('privacy and the Content-Security-Policy', () => {
  it('ships a strict CSP: no inline script, no other host', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    await page.goto(base);
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    const directives = new Map(
      csp!.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values];
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    for (const values of directives.values()) {
      expect(values).not.toContain("'unsafe-inline'");
      expect(values).not.toContain("'unsafe-eval'");
      expect(values.filter((v) => /^(https?:|\*)/.test(v))).toEqual([]);
    }
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('raises zero violations and talks only to its own origin across a full session', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(collectViolations);
    const page = await context.newPage();
    const requests: string[] = [];
    const consoleErrors: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));

    await page.goto(base);
    await waitForMapIdle(page);

    // Click France's pixel on the map, then hover across Germany (tooltip with inline style).
    const paris = await pixelOf(page, 2.35, 47.0);
    await page.mouse.click(paris.x, paris.y);
    await page.getByRole('complementary', { name: 'France' }).waitFor();
    const germany = await pixelOf(page, 10, 51);
    await page.mouse.move(germany.x, germany.y, { steps: 3 });

    // The legend filter, then back to everything.
    await page.getByRole('button', { name: /Support from outside Ukraine/ }).click();
    await settle(page);
    await page.getByRole('button', { name: 'Show all', exact: true }).click();

    // Search the list and choose a result.
    await page.getByRole('searchbox', { name: /Search by name/ }).fill('pol');
    await page.getByRole('button', { name: 'Poland', exact: true }).click();
    await page.getByRole('complementary', { name: 'Poland' }).waitFor();
    await page.getByRole('searchbox', { name: /Search by name/ }).fill('');

    // About the data, and back.
    await page.getByRole('button', { name: 'About the data' }).click();
    await page.getByRole('button', { name: 'Back to the map', exact: true }).click();
    await waitForMapIdle(page);

    // Patterns (map images) and the dark theme.
    await page.getByRole('checkbox', { name: /Patterns/ }).check();
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await settle(page);

    // Zoom with the navigation control (its icons are data: SVGs in maplibre-gl.css).
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await settle(page);

    // The service worker has taken over by now: its requests count too.
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));

    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((u) => !isOwnOrigin(base)(u))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('raises zero violations in classroom mode: lesson steps, image export, print handout', async () => {
    const context = await chromium.browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    await context.addInitScript(collectViolations);
    const page = await context.newPage();
    const requests: string[] = [];
    const consoleErrors: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));

    await page.goto(`${base}?lesson=paris-2025&step=1`);
    await waitForMapIdle(page);
    // One press shows a step's next card, so press until step 4 is reached.
    const step = () => page.evaluate(() => new URL(location.href).searchParams.get('step'));
    for (let i = 0; i < 20 && (await step()) !== '4'; i++) {
      await page.keyboard.press('PageDown');
      await page.waitForTimeout(100);
    }
    expect(await step()).toBe('4');
    await settle(page);

    // The PNG export (canvas → blob: URL → download).
    await page.getByRole('button', { name: 'Tools' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download image' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);

    // The print handout (map as a data: image, QR code as inline SVG); print() is stubbed.
    await page.evaluate(() => {
      window.print = () => void ((window as unknown as { printed: boolean }).printed = true);
    });
    const print = page.getByRole('button', { name: 'Print handout' });
    if (!(await print.isVisible())) await page.getByRole('button', { name: 'Tools' }).click();
    await print.click();
    await page.waitForFunction(() => (window as unknown as { printed?: boolean }).printed);
    await page.emulateMedia({ media: 'print' });
    await page.locator('.handout img').first().waitFor();

    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(requests.filter((u) => !isOwnOrigin(base)(u))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
