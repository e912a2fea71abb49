/**
 * How display options change the style: a pure list of paint/layout changes (unit-tested),
 * applied by the adapter. Projector mode thickens lines and enlarges labels; patterns switch
 * the country fill to per-type patterns; the dark theme darkens sea and neutral land;
 * `concealed` draws every country neutral until the reveal.
 *
 * A layer that would draw nothing is switched off (`visibility: none`) rather than drawn at
 * opacity 0: MapLibre then builds no geometry for it in the worker and skips it in every frame,
 * and under software WebGL each layer drawn costs every frame.
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { MapDisplay } from './map-adapter';
import { LAYER } from './map-style';
import {
  DARK_NEUTRAL_COLOR,
  DARK_SEA_COLOR,
  NEUTRAL_COLOR,
  PALETTE,
  SEA_COLOR,
} from '@/theme/palette';
import { COMMITMENT_TYPE_IDS } from '@/datasets/schemas';
import { fillColor } from './expressions';

export interface StyleChange {
  layer: string;
  kind: 'paint' | 'layout';
  property: string;
  value: unknown;
}

const visibility = (layer: string, shown: boolean): StyleChange => ({
  layer,
  kind: 'layout',
  property: 'visibility',
  value: shown ? 'visible' : 'none',
});

/**
 * Concealed keeps the same data-driven expression, with every type's colour neutral. Switching
 * fill-color between a constant and an expression while the source re-tiles (a reveal step also
 * changes the date) makes MapLibre throw "this.expression.evaluate is not a function" from
 * setFeatureState on the reloaded tiles; the lesson walk-through test caught it.
 */
const allNeutral = (neutral: string): typeof PALETTE =>
  Object.fromEntries(
    COMMITMENT_TYPE_IDS.map((t) => [t, { ...PALETTE[t], color: neutral }]),
  ) as typeof PALETTE;

/**
 * A guessing step draws every country of the record in this one fill, unlike the land outside
 * it: the class sees which countries there are to guess about, with their borders, but not which
 * type each has (a blank map gave them nothing to reason about).
 */
export const CONCEALED_COLOR = '#a9b3bd';
export const DARK_CONCEALED_COLOR = '#66707b';

export function displayChanges(d: MapDisplay): StyleChange[] {
  const dark = d.theme === 'dark';
  const neutral = dark ? DARK_NEUTRAL_COLOR : NEUTRAL_COLOR;
  const paint = (layer: string, property: string, value: unknown): StyleChange => ({
    layer,
    kind: 'paint',
    property,
    value,
  });
  const scale = d.projector ? 2 : 1;
  return [
    paint(LAYER.sea, 'background-color', dark ? DARK_SEA_COLOR : SEA_COLOR),
    paint(
      LAYER.fill,
      'fill-color',
      fillColor(
        d.concealed ? allNeutral(dark ? DARK_CONCEALED_COLOR : CONCEALED_COLOR) : PALETTE,
        neutral,
      ),
    ),
    visibility(LAYER.pattern, d.patterns && !d.concealed),
    paint(LAYER.border, 'line-color', dark ? '#0b0f14' : '#ffffff'),
    paint(LAYER.border, 'line-width', [
      'interpolate',
      ['linear'],
      ['zoom'],
      1,
      0.4 * scale,
      6,
      1.2 * scale,
    ]),
    paint(LAYER.selected, 'line-width', 3 * scale),
    paint(LAYER.selected, 'line-color', dark ? '#ffffff' : '#111111'),
    paint(LAYER.focus, 'line-width', 2.5 * scale),
    paint(LAYER.highlight, 'line-width', 4 * scale),
    paint(LAYER.highlightCasing, 'line-width', 4 * scale + 3),
    // Markers and names would give the answer away while concealed.
    visibility(LAYER.marker, !d.concealed),
    visibility(LAYER.label, !d.concealed),
    {
      layer: LAYER.label,
      kind: 'layout',
      property: 'text-size',
      value: d.projector
        ? ['interpolate', ['linear'], ['zoom'], 2, 15, 5, 22]
        : ['interpolate', ['linear'], ['zoom'], 2, 10, 5, 14],
    },
  ];
}

/** What the outline layers show; each is switched off while it has nothing to outline. */
export interface OutlineState {
  selected: boolean;
  focused: boolean;
  highlighted: boolean;
}

export const outlineChanges = (o: OutlineState): StyleChange[] => [
  visibility(LAYER.selected, o.selected),
  visibility(LAYER.focus, o.focused),
  visibility(LAYER.highlightCasing, o.highlighted),
  visibility(LAYER.highlight, o.highlighted),
];

/**
 * A layer spec with the given changes written in, for a layer added after the map has started
 * (the country names), so that it arrives already in the current display.
 */
export function withChanges(layer: LayerSpecification, changes: readonly StyleChange[]) {
  const out = { ...layer, paint: { ...layer.paint }, layout: { ...layer.layout } };
  for (const c of changes)
    if (c.layer === layer.id) (out[c.kind] as Record<string, unknown>)[c.property] = c.value;
  return out as LayerSpecification;
}
