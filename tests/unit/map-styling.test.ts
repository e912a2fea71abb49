import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { createMapStyling, type StyleTarget } from '@/features/map/map-styling';
import { DEFAULT_DISPLAY } from '@/features/map/map-adapter';
import { countryLayers, LAYER } from '@/features/map/map-style';

/** A stand-in for the MapLibre map: the layers of the built style, and every call made. */
function fakeTarget() {
  const ids = new Set(countryLayers().map((l) => l.id));
  const calls: string[] = [];
  const added: LayerSpecification[] = [];
  const target: StyleTarget = {
    hasLayer: (id) => ids.has(id),
    addLayer: (layer) => {
      ids.add(layer.id);
      added.push(layer);
    },
    setPaintProperty: (l, p, v) => void calls.push(`paint ${l} ${p} ${JSON.stringify(v)}`),
    setLayoutProperty: (l, p, v) => void calls.push(`layout ${l} ${p} ${JSON.stringify(v)}`),
  };
  return { target, calls, added };
}

describe('map styling', () => {
  it('sets nothing for the display the style was built with', () => {
    const { target, calls } = fakeTarget();
    createMapStyling(target).setDisplay(DEFAULT_DISPLAY);
    expect(calls).toEqual([]);
  });

  it('switches the pattern layer on and off once per change, not again for the same value', () => {
    const { target, calls } = fakeTarget();
    const styling = createMapStyling(target);
    styling.setDisplay({ ...DEFAULT_DISPLAY, patterns: true });
    styling.setDisplay({ ...DEFAULT_DISPLAY, patterns: true });
    styling.setDisplay(DEFAULT_DISPLAY);
    expect(calls).toEqual([
      `layout ${LAYER.pattern} visibility "visible"`,
      `layout ${LAYER.pattern} visibility "none"`,
    ]);
  });

  it('shows an outline layer only while something is outlined', () => {
    const { target, calls } = fakeTarget();
    const styling = createMapStyling(target);
    styling.setOutlines({ selected: true, focused: true, highlighted: false });
    styling.setOutlines({ selected: true, focused: true, highlighted: false });
    styling.setOutlines({ selected: false, focused: false, highlighted: false });
    expect(calls).toEqual([
      `layout ${LAYER.selected} visibility "visible"`,
      `layout ${LAYER.focus} visibility "visible"`,
      `layout ${LAYER.selected} visibility "none"`,
      `layout ${LAYER.focus} visibility "none"`,
    ]);
  });

  it('adds the names once, in the display chosen before they arrived', () => {
    const { target, calls, added } = fakeTarget();
    const styling = createMapStyling(target);
    styling.setDisplay({ ...DEFAULT_DISPLAY, projector: true, concealed: true });
    expect(calls.filter((c) => c.includes(LAYER.label))).toEqual([]);
    styling.addLabels();
    styling.addLabels();
    expect(added.map((l) => l.id)).toEqual([LAYER.label]);
    const layout = added[0]!.layout as Record<string, unknown>;
    expect(layout.visibility).toBe('none');
    expect(JSON.stringify(layout['text-size'])).toContain('22');

    calls.length = 0;
    styling.setDisplay({ ...DEFAULT_DISPLAY, projector: true });
    expect(calls).toContain(`layout ${LAYER.label} visibility "visible"`);
    expect(calls.filter((c) => c.includes('text-size'))).toEqual([]);
  });
});
