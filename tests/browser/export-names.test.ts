/**
 * The PNG export's country names, measured in the image's own pixels: the picture's hidden map
 * (maplibre-render.ts) is caught as it is made, France's label point (a large country with no
 * other land around its name in the export's view) is projected into it and then into the
 * 1920×1080 image, and around it the rows whose pixels differ from the country's fill give the
 * drawn name's height (cap height plus the halo). "France" has no ascender or descender: it is
 * as high as Noto Sans's capitals, 0.714 em, so the font size is that height, less the halo,
 * over 0.714 — an estimate within a pixel or two (antialiasing). Issue 12: ≥ 18 px.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { base, chromiumForThisFile } from './fixture';
import { openApp, settle } from './app-page';
import { labelPoint } from './map-probe';

const chromium = chromiumForThisFile();
const CAP_HEIGHT = 0.714; // Noto Sans, of the em
const HALO = 1.2; // 'text-halo-width' of the label layer (map-style.ts), each side

describe('the PNG export', () => {
  it('draws country names at 18 px or more in the image', async () => {
    const { page } = await openApp(chromium.browser, base, { width: 1280, height: 800 });
    await settle(page);
    // Catch the picture's map when the export creates it (it is removed once drawn).
    await page.evaluate(() => {
      const w = window as unknown as { pictureMaps: HTMLElement[] };
      w.pictureMaps = [];
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes) if (n instanceof HTMLElement) w.pictureMaps.push(n);
      }).observe(document.body, { childList: true });
    });
    await page.getByRole('button', { name: 'Classroom tools' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download image' }).click(),
    ]);
    const png = readFileSync((await download.path())!).toString('base64');
    const points = Object.fromEntries(['FRA'].map((iso3) => [iso3, labelPoint(iso3)]));
    const heights = await page.evaluate(
      async ({ png, points }) => {
        type M = {
          project(p: [number, number]): { x: number; y: number };
          getContainer(): HTMLElement;
        };
        const maps = (window as unknown as { pictureMaps: HTMLElement[] }).pictureMaps
          .map((el) => el.__map as unknown as M | undefined)
          .filter((m) => m !== undefined);
        if (maps.length !== 1) return { error: `${maps.length} picture maps` };
        const map = maps[0]!;
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const c = document.createElement('canvas');
        [c.width, c.height] = [img.width, img.height];
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        // The map's frame in the image (export-image.ts: MAP), at the picture's own scale.
        const frame = { x: 48, y: 150, scale: 1392 / parseFloat(map.getContainer().style.width) };
        const out: Record<string, number> = {};
        for (const [iso3, lonLat] of Object.entries(points)) {
          const p = map.project(lonLat);
          const cx = Math.round(frame.x + p.x * frame.scale);
          const cy = Math.round(frame.y + p.y * frame.scale);
          // Wide enough for the whole name (its capital or ascender, not only its middle).
          const [x0, y0, w, h] = [cx - 80, cy - 30, 160, 60];
          const { data } = ctx.getImageData(x0, y0, w, h);
          const at = (x: number, y: number) => data.slice((y * w + x) * 4, (y * w + x) * 4 + 3);
          // The fill: the window's commonest colour (the name covers less of it than the land).
          const tally = new Map<string, number>();
          for (let i = 0; i < data.length; i += 4) {
            const k = `${data[i]},${data[i + 1]},${data[i + 2]}`;
            tally.set(k, (tally.get(k) ?? 0) + 1);
          }
          const fill = [...tally]
            .sort((a, b) => b[1] - a[1])[0]![0]
            .split(',')
            .map(Number);
          const differs = (x: number, y: number) =>
            at(x, y).some((v, k) => Math.abs(v - fill[k]!) > 40);
          // The name's columns: out from the centre while a column is marked near the middle
          // row, letting letters' gaps pass (≤ 5 px), not the land of a neighbour further off.
          const mid = h / 2;
          const hit = (x: number) => [-4, -2, 0, 2, 4].some((d) => differs(x, mid + d));
          const edge = (step: number) => {
            let last = w / 2;
            for (let x = w / 2, gap = 0; x >= 0 && x < w && gap <= 5; x += step)
              if (hit(x)) [last, gap] = [x, 0];
              else gap++;
            return last;
          };
          const [left, right] = [edge(-1), edge(1)];
          const rows: number[] = [];
          for (let y = 0; y < h; y++) {
            let n = 0;
            for (let x = left; x <= right; x++) if (differs(x, y)) n++;
            if (n >= 2) rows.push(y);
          }
          // The run of rows through the centre: the name (not a border further off).
          let top = h / 2;
          let bottom = h / 2;
          while (rows.includes(top - 1)) top--;
          while (rows.includes(bottom + 1)) bottom++;
          out[iso3] = rows.includes(mid) ? bottom - top + 1 : 0;
        }
        return { heights: out };
      },
      { png, points },
    );
    expect(heights).not.toHaveProperty('error');
    const px = Object.fromEntries(
      Object.entries(heights.heights!).map(([k, v]) => [k, (v - 2 * HALO) / CAP_HEIGHT]),
    );
    console.info('PNG export: names measured at (px)', px);
    for (const [iso3, size] of Object.entries(px)) {
      expect(size, iso3).toBeGreaterThanOrEqual(18);
      // More would be the land around it, not the name: the measure failed.
      expect(size, iso3).toBeLessThan(30);
    }
    await page.close();
  }, 120_000);
});
