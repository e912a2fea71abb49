/**
 * Keeps the map's style in step with the display options and the outlines, applying each change
 * (display.ts) only when its value differs from what the map already has: a data-driven paint
 * change or a visibility change makes MapLibre re-tile the source in its worker, so repeating
 * an unchanged value is not free. Also adds the country names once the countries are drawn.
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { DEFAULT_DISPLAY, type MapDisplay } from './map-adapter';
import { LAYER, labelLayer } from './map-style';
import {
  displayChanges,
  outlineChanges,
  withChanges,
  type OutlineState,
  type StyleChange,
} from './display';

/** The few map methods this needs (the adapter passes thin wrappers of the MapLibre map). */
export interface StyleTarget {
  hasLayer(id: string): boolean;
  addLayer(layer: LayerSpecification): void;
  setPaintProperty(layer: string, property: string, value: unknown): void;
  setLayoutProperty(layer: string, property: string, value: unknown): void;
}

export interface MapStyling {
  setDisplay(display: MapDisplay): void;
  setOutlines(outlines: OutlineState): void;
  /**
   * Adds the names layer, already in the current display. The style starts without it
   * (map-style.ts): the countries' first frames do not wait for the font's glyphs.
   */
  addLabels(): void;
}

const keyOf = (c: StyleChange) => `${c.kind}:${c.layer}:${c.property}`;
const NO_OUTLINES: OutlineState = { selected: false, focused: false, highlighted: false };

export function createMapStyling(target: StyleTarget): MapStyling {
  // What the map has now: the built style's values to begin with (tests/unit/display.test.ts).
  const applied = new Map<string, string>();
  const assume = (changes: readonly StyleChange[]) => {
    for (const c of changes) applied.set(keyOf(c), JSON.stringify(c.value));
  };
  const apply = (changes: readonly StyleChange[]) => {
    for (const c of changes) {
      const value = JSON.stringify(c.value);
      // A layer not on the map yet (the names) gets the current values when it is added.
      if (applied.get(keyOf(c)) === value || !target.hasLayer(c.layer)) continue;
      applied.set(keyOf(c), value);
      if (c.kind === 'paint') target.setPaintProperty(c.layer, c.property, c.value);
      else target.setLayoutProperty(c.layer, c.property, c.value);
    }
  };
  assume([...displayChanges(DEFAULT_DISPLAY), ...outlineChanges(NO_OUTLINES)]);
  let display = DEFAULT_DISPLAY;

  return {
    setDisplay(next) {
      display = next;
      apply(displayChanges(next));
    },
    setOutlines(outlines) {
      apply(outlineChanges(outlines));
    },
    addLabels() {
      if (target.hasLayer(LAYER.label)) return;
      const changes = displayChanges(display).filter((c) => c.layer === LAYER.label);
      target.addLayer(withChanges(labelLayer(), changes));
      assume(changes);
    },
  };
}
