/**
 * Probes of the drawn map by screen position (page CSS pixels) and the data's label points,
 * for the tests of what stays where when the layout changes.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

interface LabelPoint {
  properties: { iso3: string; name: string };
  geometry: { coordinates: [number, number] };
}
const labels = (
  JSON.parse(readFileSync(new URL('../../data/label-points.geojson', import.meta.url), 'utf8')) as {
    features: LabelPoint[];
  }
).features;

/** A country's label point [lon, lat] from data/label-points.geojson. */
export function labelPoint(iso3: string): [number, number] {
  const f = labels.find((l) => l.properties.iso3 === iso3);
  if (!f) throw new Error(`no label point for ${iso3}`);
  return f.geometry.coordinates;
}

/** The country the map draws at a page point (the fill layer), or null for the sea. */
export async function countryAtPagePoint(page: Page, x: number, y: number) {
  return page.evaluate(
    ([x, y]) => {
      const el = document.querySelector<HTMLElement>('[data-testid=map-canvas]')!;
      const m = el.__map as unknown as {
        queryRenderedFeatures(p: [number, number], o: unknown): { properties: { iso3: string } }[];
      };
      const r = el.getBoundingClientRect();
      const f = m.queryRenderedFeatures([x! - r.left, y! - r.top], { layers: ['country-fill'] })[0];
      return f ? f.properties.iso3 : null;
    },
    [x, y],
  );
}

/** The map's visible box on the page: its container, less anything drawn over it. */
export async function mapBox(page: Page) {
  return page.evaluate(() => {
    const r = document.querySelector('[data-testid=map-canvas]')!.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
}
