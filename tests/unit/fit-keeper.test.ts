import { describe, expect, it } from 'vitest';
import { keepFitted, type FittableMap } from '@/features/map/fit-keeper';

function fakeMap() {
  const listeners = new Map<string, ((e: { originalEvent?: unknown }) => void)[]>();
  const fits: { bounds: number[]; animate: boolean }[] = [];
  const map: FittableMap = {
    fitBounds: (bounds, o) => fits.push({ bounds, animate: o.animate !== false }),
    on: (type, cb) => listeners.set(type, [...(listeners.get(type) ?? []), cb]),
  };
  const fire = (type: string, e: { originalEvent?: unknown } = {}) =>
    listeners.get(type)?.forEach((cb) => cb(e));
  return { map, fits, fire };
}

describe('a lesson step keeps its bounds in view while the layout changes', () => {
  it('refits, without animation, on every resize after a step fitted the camera', () => {
    const { map, fits, fire } = fakeMap();
    const fit = keepFitted(map, false);
    fire('resize');
    expect(fits).toEqual([]);
    fit([5, 47, 15, 55]);
    expect(fits).toEqual([{ bounds: [5, 47, 15, 55], animate: true }]);
    // MapLibre's own resize fires movestart (no originalEvent) before resize.
    fire('movestart');
    fire('resize');
    expect(fits.at(-1)).toEqual({ bounds: [5, 47, 15, 55], animate: false });
    expect(fits).toHaveLength(2);
  });

  it('stops once someone moves the map by hand', () => {
    const { map, fits, fire } = fakeMap();
    keepFitted(map, true)([5, 47, 15, 55]);
    expect(fits[0]!.animate).toBe(false);
    fire('movestart', { originalEvent: new Event('mousedown') });
    fire('resize');
    expect(fits).toHaveLength(1);
  });

  it('stops when the lesson ends (null), and fits nothing for it', () => {
    const { map, fits, fire } = fakeMap();
    const fit = keepFitted(map, false);
    fit([5, 47, 15, 55]);
    fit(null);
    fire('resize');
    expect(fits).toHaveLength(1);
  });
});
