/**
 * The phone's first view (issue 12, point 6): Europe's coalition members and all of Ukraine on a
 * 390 px wide screen, where the desktop's opening camera (zoom 3.2 on central Europe) cut off
 * Ukraine and France. Derived from the data: the members are the countries whose type is a
 * pledge (palette group) with a label point in Europe's box; Ukraine is the `recipient`, taken
 * whole from its outline (its label point alone would leave Donbas and Crimea out).
 */
import type { MapData } from '@/datasets/join';
import { PALETTE } from '@/theme/palette';
import type { Bounds } from './fit-keeper';

/** Europe as a box of longitude/latitude: Iceland to the Urals' foot, Cyprus to North Cape. */
const EUROPE = { west: -25, east: 45, south: 34, north: 72 };

const inEurope = ([lon, lat]: number[]) =>
  lon! >= EUROPE.west && lon! <= EUROPE.east && lat! >= EUROPE.south && lat! <= EUROPE.north;

function extend(box: number[], [lon, lat]: number[]) {
  box[0] = Math.min(box[0]!, lon!);
  box[1] = Math.min(box[1]!, lat!);
  box[2] = Math.max(box[2]!, lon!);
  box[3] = Math.max(box[3]!, lat!);
}

const visit = (c: unknown, f: (p: number[]) => void): void => {
  if (Array.isArray(c) && typeof c[0] === 'number') f(c as number[]);
  else if (Array.isArray(c)) c.forEach((x) => visit(x, f));
};

export function openingBounds(data: MapData): Bounds | null {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const l of data.labels.features) {
    const t = l.properties.type;
    if (t && PALETTE[t].group === 'pledge' && inEurope(l.geometry.coordinates))
      extend(box, l.geometry.coordinates);
  }
  for (const f of data.countries.features)
    if (f.properties.type === 'recipient') visit(f.geometry.coordinates, (p) => extend(box, p));
  return box[0]! <= box[2]! ? (box as unknown as Bounds) : null;
}
