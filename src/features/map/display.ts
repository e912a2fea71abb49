/**
 * How display options change the style: a pure list of paint/layout changes (unit-tested),
 * applied by the adapter. Projector mode thickens lines and enlarges labels; patterns switch
 * the country fill to per-type patterns; the dark theme darkens sea and neutral land;
 * `concealed` draws every country neutral until the reveal.
 */
import type { MapDisplay } from './map-adapter';
import { LAYER } from './map-style';
import {
  DARK_NEUTRAL_COLOR,
  DARK_SEA_COLOR,
  NEUTRAL_COLOR,
  PALETTE,
  SEA_COLOR,
} from '@/theme/palette';
import { fillColor, fillPattern } from './expressions';

export interface StyleChange {
  layer: string;
  kind: 'paint' | 'layout';
  property: string;
  value: unknown;
}

const markerOpacity = (concealed: boolean) =>
  concealed
    ? 0
    : [
        'interpolate',
        ['linear'],
        ['zoom'],
        5,
        ['case', ['boolean', ['feature-state', 'dimmed'], false], 0, 1],
        6.5,
        0,
      ];

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
    paint(LAYER.fill, 'fill-color', d.concealed ? neutral : fillColor(PALETTE, neutral)),
    paint(
      LAYER.pattern,
      'fill-opacity',
      d.patterns && !d.concealed
        ? ['case', ['boolean', ['feature-state', 'dimmed'], false], 0, 1]
        : 0,
    ),
    paint(LAYER.pattern, 'fill-pattern', fillPattern()),
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
    // Markers fade out by zoom 6.5 (the shape is then big enough) and hide while concealed.
    paint(LAYER.marker, 'circle-opacity', markerOpacity(d.concealed)),
    paint(LAYER.marker, 'circle-stroke-opacity', markerOpacity(d.concealed)),
    paint(
      LAYER.label,
      'text-opacity',
      d.concealed
        ? 0
        : ['case', ['boolean', ['feature-state', 'dimmed'], false], 0, ['has', 'type'], 1, 0],
    ),
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
