import { describe, expect, it } from 'vitest';
import { neighbourInDirection, type LabelPoint } from '@/features/map/neighbours';
import { MARKER_RADIUS, pickCountry } from '@/features/map/picking';

// Label points as in data/label-points.geojson (rounded).
const P: LabelPoint[] = [
  { iso3: 'FRA', lon: 2.5, lat: 46.6 },
  { iso3: 'DEU', lon: 10.4, lat: 51.1 },
  { iso3: 'ESP', lon: -3.6, lat: 40.3 },
  { iso3: 'ITA', lon: 12.2, lat: 43.3 },
  { iso3: 'GBR', lon: -1.9, lat: 52.7 },
  { iso3: 'POL', lon: 19.3, lat: 52.1 },
  { iso3: 'BEL', lon: 4.6, lat: 50.6 },
];

describe('neighbourInDirection', () => {
  it('goes from France to the nearest country in each direction', () => {
    expect(neighbourInDirection(P, 'FRA', 'down')).toBe('ESP');
    expect(neighbourInDirection(P, 'FRA', 'up')).toBe('BEL');
    expect(neighbourInDirection(P, 'FRA', 'right')).toBe('ITA');
    expect(neighbourInDirection(P, 'FRA', 'left')).toBe('ESP');
  });

  it('prefers a country on the axis over a nearer one far off it', () => {
    expect(neighbourInDirection(P, 'DEU', 'right')).toBe('POL');
    expect(neighbourInDirection(P, 'GBR', 'right')).toBe('BEL');
  });

  it('returns null at the edge and for an unknown start', () => {
    expect(neighbourInDirection(P, 'POL', 'right')).toBeNull();
    expect(neighbourInDirection(P, 'XXX', 'up')).toBeNull();
  });

  it('ignores points outside the ±60° cone', () => {
    const pts: LabelPoint[] = [
      { iso3: 'A', lon: 0, lat: 0 },
      { iso3: 'B', lon: 1, lat: 3 }, // mostly up
    ];
    expect(neighbourInDirection(pts, 'A', 'right')).toBeNull();
    expect(neighbourInDirection(pts, 'A', 'up')).toBe('B');
  });
});

describe('pickCountry', () => {
  const lux = { iso3: 'LUX', x: 100, y: 100, small: true };
  const deu = { iso3: 'DEU', x: 160, y: 90, small: false };

  it('a micro-state within the tolerance of its marker wins over the country under the pointer', () => {
    const point = { x: 100 + MARKER_RADIUS + 15, y: 100 };
    expect(pickCountry({ point, under: 'DEU', candidates: [lux, deu], tolerance: 20 })).toBe('LUX');
  });

  it('beyond the tolerance, the country under the pointer wins', () => {
    const point = { x: 100 + MARKER_RADIUS + 21, y: 100 };
    expect(pickCountry({ point, under: 'DEU', candidates: [lux, deu], tolerance: 20 })).toBe('DEU');
    // …but a touch has the larger tolerance
    expect(pickCountry({ point, under: 'DEU', candidates: [lux, deu], tolerance: 26 })).toBe('LUX');
  });

  it('on the sea, picks the nearest country drawn within the tolerance box, or nothing', () => {
    const mlt = { iso3: 'MLT', x: 300, y: 300, small: false };
    const ita = { iso3: 'ITA', x: 250, y: 240, small: false };
    expect(
      pickCountry({
        point: { x: 295, y: 296 },
        under: null,
        candidates: [ita, mlt],
        tolerance: 20,
      }),
    ).toBe('MLT');
    expect(
      pickCountry({ point: { x: 500, y: 500 }, under: null, candidates: [], tolerance: 20 }),
    ).toBeNull();
  });
});
