import { describe, expect, it } from 'vitest';
import { anchoredCentre, keepFitted, type FittableMap } from '@/features/map/fit-keeper';

/** A flat fake: the container's pixel (x, y) unprojects to the point "x,y" itself. */
function fakeMap() {
  const listeners = new Map<string, ((e: { originalEvent?: unknown }) => void)[]>();
  const fits: { bounds: number[]; animate: boolean }[] = [];
  const jumps: [number, number][] = [];
  const container = { clientWidth: 1000, clientHeight: 600 };
  const map: FittableMap<[number, number]> = {
    fitBounds: (bounds, o) => fits.push({ bounds, animate: o.animate !== false }),
    on: (type, cb) => listeners.set(type, [...(listeners.get(type) ?? []), cb]),
    getContainer: () => container,
    unproject: (p) => p,
    jumpTo: (o) => jumps.push(o.center),
  };
  const fire = (type: string, e: { originalEvent?: unknown } = {}) =>
    listeners.get(type)?.forEach((cb) => cb(e));
  const resize = (w: number, h: number) => {
    [container.clientWidth, container.clientHeight] = [w, h];
    fire('resize');
  };
  return { map, fits, fire, jumps, resize };
}

describe('outside a lesson step, a resize keeps the map’s top-left corner still', () => {
  it('moves the centre by half the change, so what was at each pixel on the left stays there', () => {
    // The panel (400 px) opens on the right: the old centre (500) would now sit at 300.
    expect(anchoredCentre([1000, 600], [600, 600])).toEqual([100, 300]);
    // The new centre must show what the old pixel 300 showed: the resized map, keeping the old
    // centre, draws that point 200 px further left, at 100.
    const { map, jumps, resize } = fakeMap();
    keepFitted(map, false);
    resize(600, 600);
    expect(jumps).toEqual([[100, 300]]);
    resize(1000, 600); // and back when the panel closes
    expect(jumps.at(-1)).toEqual([700, 300]);
  });

  it('leaves a map that was hidden (0×0) to MapLibre', () => {
    const { map, jumps, resize } = fakeMap();
    keepFitted(map, false);
    resize(0, 0);
    resize(1000, 600);
    expect(jumps).toEqual([]);
  });

  it('refits a step’s bounds instead of keeping the corner', () => {
    const { map, jumps, fits, resize } = fakeMap();
    keepFitted(map, false)([5, 47, 15, 55]);
    resize(600, 600);
    expect(jumps).toEqual([]);
    expect(fits).toHaveLength(2);
  });
});

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
