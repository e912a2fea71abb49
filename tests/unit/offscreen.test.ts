import { describe, expect, it } from 'vitest';
import { inView, offscreen, worldPixel } from '@/features/map/offscreen';

const size = { width: 800, height: 600 };
const place = (iso3: string, name: string, lon: number, lat: number) => ({ iso3, name, lon, lat });

describe('which countries lie outside the view (Web Mercator, 512 px world)', () => {
  it('places the world as MapLibre does at zoom 0', () => {
    expect(worldPixel(-180, 0, 0)).toEqual([0, 256]);
    expect(worldPixel(0, 0, 0)).toEqual([256, 256]);
    expect(worldPixel(180, 0, 1)[0]).toBe(1024);
    expect(worldPixel(0, 85.051129, 0)[1]).toBeCloseTo(0, 3);
  });

  it('tells a point in view from one just past the edge', () => {
    const camera = { zoom: 2, lat: 0, lon: 0 };
    // 2048 px around the world at zoom 2: 400 px (half the width) is 70.3125° of longitude.
    expect(inView(70, 0, camera, size)).toBe(true);
    expect(inView(70.5, 0, camera, size)).toBe(false);
    expect(inView(-70.5, 0, camera, size)).toBe(false);
  });

  it('lists the off-view countries by name, and none while the size is unknown', () => {
    const europe = { zoom: 3.2, lat: 51, lon: 18 };
    const countries = [
      place('USA', 'United States', -98, 39),
      place('FRA', 'France', 2.5, 46.7),
      place('AUS', 'Australia', 134, -25),
      place('DEU', 'Germany', 9.6, 51),
    ];
    expect(offscreen(countries, europe, size).map((c) => c.iso3)).toEqual(['AUS', 'USA']);
    expect(offscreen(countries, europe, { width: 0, height: 0 })).toEqual([]);
  });
});
