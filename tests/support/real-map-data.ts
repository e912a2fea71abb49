/**
 * The real boundaries and label points joined with the real data (as the app does), for the
 * SVG map's tests: picking and simplification are checked on the shapes a class sees.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { joinMapData } from '@/datasets/join';
import { buildDataset } from '@/datasets/dataset';
import type { LabelPointsFile } from '@/datasets/schemas';
import { BoundariesData } from '@/datasets/boundaries-topology';
import { realCoalition, realCountries, realSources } from './fixtures';

const read = <T>(file: string): T =>
  // From the project root (vitest's working directory): jsdom tests have no file: import.meta.url.
  JSON.parse(readFileSync(join(process.cwd(), 'data', file), 'utf8')) as T;

export const realBoundaries = BoundariesData.parse(read('boundaries.topo.json'));
export const realLabels = read<LabelPointsFile>('label-points.geojson');
export const realDataset = buildDataset(realCountries, realSources, realCoalition);
export const realMapData = () => joinMapData(realBoundaries, realLabels, realDataset, null);

/** A country's label point, [lon, lat], from the data. */
export function labelPointOf(iso3: string): [number, number] {
  const f = realLabels.features.find((l) => l.properties.iso3 === iso3);
  if (!f) throw new Error(`${iso3} has no label point`);
  return f.geometry.coordinates as [number, number];
}
