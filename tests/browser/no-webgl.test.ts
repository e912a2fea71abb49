/**
 * No WebGL 2 (Chromium started with --disable-software-rasterizer has none): the map region
 * says so in plain words, and every country's panel is still reachable — from the list and
 * from the table view.
 */
import { describe, expect, it } from 'vitest';
import { base, chromiumForThisFile } from './fixture';

const chromium = chromiumForThisFile(['--disable-software-rasterizer', '--disable-gpu']);

describe('without WebGL', () => {
  it('says the map cannot be drawn, and France’s panel opens from the list and the table', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.goto(base);
    // The precondition: this browser really has no WebGL 2.
    expect(
      await page.evaluate(() => document.createElement('canvas').getContext('webgl2') === null),
    ).toBe(true);

    const message = page.getByRole('main').getByRole('alert').filter({ hasText: /WebGL/ });
    await message.waitFor();
    expect(await message.textContent()).toMatch(/cannot draw the map/);
    expect(await page.getByText('Loading the map…').count()).toBe(0); // nothing left spinning

    await page.getByRole('button', { name: 'France', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'France' });
    await panel.waitFor();
    expect(await panel.getByText('Troops in or over Ukraine').first().isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('country')).toBe('FRA');
    await page.getByRole('button', { name: 'Close panel' }).click();
    await panel.waitFor({ state: 'detached' });

    await page
      .getByRole('group', { name: 'Show as' })
      .getByRole('button', { name: 'Table' })
      .click();
    const table = page.getByRole('region', { name: 'All countries as a table' });
    await table.getByRole('button', { name: 'France', exact: true }).click();
    await panel.waitFor();
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
