/**
 * Issue 12, point 6, on a 390×844 phone: a one-line header and a legend drawer that leave the
 * map most of the screen, a first view with Ukraine and France in it, and a tapped country kept
 * above the bottom sheet that its panel opens.
 */
import { describe, expect, it } from 'vitest';
import { base, chromiumForThisFile } from './fixture';
import { pixelOf, settle, waitForFeatureState, waitForMapIdle } from './app-page';
import { labelPoint, mapBox } from './map-probe';

const chromium = chromiumForThisFile();
const PHONE = { width: 390, height: 844 };

async function openPhone() {
  const page = await chromium.browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
  await page.goto(base);
  await waitForMapIdle(page);
  return page;
}

const inside = (p: { x: number; y: number }, b: Awaited<ReturnType<typeof mapBox>>) =>
  p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom;

describe('the phone’s first view', () => {
  it('has Ukraine’s and France’s label points inside the visible map', async () => {
    const page = await openPhone();
    const box = await mapBox(page);
    for (const iso3 of ['UKR', 'FRA'])
      expect(inside(await pixelOf(page, ...labelPoint(iso3)), box), iso3).toBe(true);
    // One-line header; the legend's drawer closed to one row; the map has the rest.
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(56);
    expect(box.top).toBeLessThan(130);
    // The drawer shows every type at once when opened (no scrolling row).
    await page.getByRole('button', { name: 'Key and filters' }).tap();
    const items = page.locator('.legend-item');
    const n = await items.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const b = (await items.nth(i).boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(PHONE.width);
      expect(b.y + b.height).toBeLessThanOrEqual(PHONE.height);
    }
    await page.close();
  });

  it('keeps a tapped Poland above the bottom sheet', async () => {
    const page = await openPhone();
    const at = await pixelOf(page, ...labelPoint('POL'));
    await page.touchscreen.tap(at.x, at.y);
    const sheet = page.getByRole('complementary', { name: 'Poland' });
    await sheet.waitFor();
    await waitForFeatureState(page, 'POL', 'selected');
    await settle(page);
    const top = (await sheet.boundingBox())!.y;
    const now = await pixelOf(page, ...labelPoint('POL'));
    const box = await mapBox(page);
    expect(now.y).toBeLessThan(top);
    expect(inside(now, box)).toBe(true);
    await page.close();
  });
});
