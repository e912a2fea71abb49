/**
 * The whole map style, self-contained: no tiles, no glyph server, no sprite. Labels are drawn
 * from the committed Noto Sans files through the style's `font-faces` (same origin).
 */
import type { LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import {
  BORDER_COLOR,
  FOCUS_COLOR,
  HIGHLIGHT_CASING_COLOR,
  HIGHLIGHT_COLOR,
  HOVER_COLOR,
  NEUTRAL_COLOR,
  PALETTE,
  SEA_COLOR,
  SELECTED_COLOR,
} from '@/theme/palette';
import {
  fillColor,
  fillPattern,
  labelHaloColor,
  labelOpacity,
  labelTextColor,
  stateFlag,
} from './expressions';
import { MARKER_RADIUS } from './picking';
import { LABEL_FONT, LAYER, SOURCE } from './map-ids';
import type { MapFontUrls } from './map-adapter';

export { LABEL_FONT, LAYER, SOURCE } from './map-ids';

const emptyCollection = { type: 'FeatureCollection' as const, features: [] };

/** Hidden until there is something to draw (display.ts switches it on). */
const off = { visibility: 'none' } as const;

/** Every layer, in drawing order. */
export const buildLayers = (): LayerSpecification[] => [...countryLayers(), labelLayer()];

/**
 * The layers the map starts with: everything but the names, which the adapter adds after the
 * map's first idle, so that countries in colour do not wait for the font's glyphs.
 */
export function countryLayers(): LayerSpecification[] {
  return [
    { id: LAYER.sea, type: 'background', paint: { 'background-color': SEA_COLOR } },
    {
      id: LAYER.fill,
      type: 'fill',
      source: SOURCE.countries,
      paint: { 'fill-color': fillColor(PALETTE, NEUTRAL_COLOR), 'fill-antialias': true },
    },
    {
      id: LAYER.pattern,
      type: 'fill',
      source: SOURCE.countries,
      filter: ['has', 'type'],
      layout: off,
      paint: {
        'fill-pattern': fillPattern(),
        'fill-opacity': ['case', stateFlag('dimmed'), 0, stateFlag('muted'), 0.45, 1],
      },
    },
    {
      id: LAYER.border,
      type: 'line',
      source: SOURCE.countries,
      paint: {
        'line-color': BORDER_COLOR,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 1.2],
      },
    },
    {
      id: LAYER.hover,
      type: 'line',
      source: SOURCE.countries,
      paint: {
        'line-color': HOVER_COLOR,
        'line-width': 1.5,
        'line-opacity': ['case', stateFlag('hover'), 1, 0],
      },
    },
    {
      id: LAYER.selected,
      type: 'line',
      source: SOURCE.countries,
      layout: off,
      paint: {
        'line-color': SELECTED_COLOR,
        'line-width': 3,
        'line-opacity': ['case', stateFlag('selected'), 1, 0],
      },
    },
    // A dark casing under the highlight, so the orange outline reads on the orange and yellow
    // fills too (a change mark on an "undecided" country was invisible without it).
    {
      id: LAYER.highlightCasing,
      type: 'line',
      source: SOURCE.countries,
      layout: off,
      paint: {
        'line-color': HIGHLIGHT_CASING_COLOR,
        'line-width': 7,
        'line-opacity': ['case', stateFlag('highlighted'), 1, 0],
      },
    },
    {
      id: LAYER.highlight,
      type: 'line',
      source: SOURCE.countries,
      layout: off,
      paint: {
        'line-color': HIGHLIGHT_COLOR,
        'line-width': 4,
        'line-opacity': ['case', stateFlag('highlighted'), 1, 0],
      },
    },
    {
      id: LAYER.focus,
      type: 'line',
      source: SOURCE.countries,
      layout: off,
      paint: {
        'line-color': FOCUS_COLOR,
        'line-width': 2.5,
        'line-dasharray': [2, 1],
        'line-opacity': ['case', stateFlag('focused'), 1, 0],
      },
    },
    {
      // Micro-states get a marker while their shape is too small to hit (fades out by zoom 6.5).
      id: LAYER.marker,
      type: 'circle',
      source: SOURCE.labels,
      maxzoom: 6.5,
      filter: ['==', ['get', 'small'], true],
      layout: { visibility: 'visible' },
      paint: {
        'circle-radius': MARKER_RADIUS,
        'circle-color': fillColor(PALETTE, NEUTRAL_COLOR),
        'circle-stroke-color': SELECTED_COLOR,
        'circle-stroke-width': ['case', stateFlag('selected'), 3, 1.5],
        'circle-opacity': [
          'interpolate',
          ['linear'],
          ['zoom'],
          5,
          ['case', stateFlag('dimmed'), 0, 1],
          6.5,
          0,
        ],
        'circle-stroke-opacity': [
          'interpolate',
          ['linear'],
          ['zoom'],
          5,
          ['case', stateFlag('dimmed'), 0, 1],
          6.5,
          0,
        ],
      },
    },
  ];
}

export function labelLayer(): LayerSpecification {
  return {
    id: LAYER.label,
    type: 'symbol',
    source: SOURCE.labels,
    filter: ['has', 'type'],
    layout: {
      visibility: 'visible',
      'text-field': ['get', 'name'],
      'text-font': [LABEL_FONT],
      'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 5, 14],
      'text-max-width': 7,
      'text-padding': 1,
    },
    paint: {
      'text-color': labelTextColor(PALETTE),
      'text-halo-color': labelHaloColor(PALETTE),
      'text-halo-width': 1.2,
      'text-opacity': labelOpacity(),
    },
  };
}

export function buildStyle(fontUrls: MapFontUrls): StyleSpecification {
  return {
    version: 8,
    name: 'Coalition Map',
    'font-faces': {
      [LABEL_FONT]: [
        {
          url: fontUrls.latin,
          'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+2000-206F'],
        },
        {
          url: fontUrls.latinExt,
          'unicode-range': ['U+0100-02AF', 'U+1E00-1EFF', 'U+2020', 'U+20A0-20CF'],
        },
        // Ukrainian names (and any Cyrillic): @fontsource's cyrillic subset, its own range.
        {
          url: fontUrls.cyrillic,
          'unicode-range': ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'],
        },
      ],
    },
    sources: {
      [SOURCE.countries]: { type: 'geojson', data: emptyCollection, promoteId: 'iso3' },
      [SOURCE.labels]: { type: 'geojson', data: emptyCollection, promoteId: 'iso3' },
    },
    layers: countryLayers(),
  } as StyleSpecification;
}
