/**
 * How the SVG map looks for a display: read from the very changes the MapLibre style gets
 * (display.ts), so the two renderers cannot drift — same sea, borders, outline widths, label
 * sizes and visibility — with fills from the one palette. Pure; unit-tested.
 */
import type { CommitmentTypeId } from '@/datasets/schemas';
import { COMMITMENT_TYPE_IDS } from '@/datasets/schemas';
import {
  FOCUS_COLOR,
  HIGHLIGHT_CASING_COLOR,
  HIGHLIGHT_COLOR,
  HOVER_COLOR,
  NEUTRAL_COLOR,
  PALETTE,
  SELECTED_COLOR,
  mutedColor,
  textColorOn,
} from '@/theme/palette';
import { patternId } from '@/theme/patterns';
import { displayChanges } from './display';
import type { MapDisplay } from './map-adapter';
import { LAYER } from './map-ids';

export interface SvgLook {
  sea: string;
  neutral: string;
  border: string;
  borderWidth: (zoom: number) => number;
  selected: { color: string; width: number };
  focus: { color: string; width: number };
  highlight: { color: string; width: number; casing: string; casingWidth: number };
  hover: { color: string; width: number };
  labelSize: (zoom: number) => number;
  patterns: boolean;
  markers: boolean;
  labels: boolean;
  concealed: boolean;
}

/** A style value as a function of zoom: a constant, or a linear `interpolate` on `zoom`. */
export function byZoom(value: unknown): (zoom: number) => number {
  if (typeof value === 'number') return () => value;
  const e = value as unknown[];
  if (!Array.isArray(e) || e[0] !== 'interpolate' || (e[2] as unknown[])[0] !== 'zoom')
    throw new Error(`unsupported zoom expression: ${JSON.stringify(value)}`);
  const stops = e.slice(3) as number[];
  return (zoom) => {
    if (zoom <= stops[0]!) return stops[1]!;
    for (let i = 2; i < stops.length; i += 2)
      if (zoom <= stops[i]!) {
        const t = (zoom - stops[i - 2]!) / (stops[i]! - stops[i - 2]!);
        return stops[i - 1]! + t * (stops[i + 1]! - stops[i - 1]!);
      }
    return stops[stops.length - 1]!;
  };
}

export function svgLook(d: MapDisplay): SvgLook {
  const changes = displayChanges(d);
  const get = (layer: string, property: string) => {
    const c = changes.find((x) => x.layer === layer && x.property === property);
    if (!c) throw new Error(`display.ts has no ${layer}/${property}`);
    return c.value;
  };
  const shown = (layer: string) => get(layer, 'visibility') === 'visible';
  const fill = get(LAYER.fill, 'fill-color') as unknown[];
  return {
    sea: get(LAYER.sea, 'background-color') as string,
    // The fill expression's last value: the colour of a country without a type, or dimmed.
    neutral: fill[2] as string,
    border: get(LAYER.border, 'line-color') as string,
    borderWidth: byZoom(get(LAYER.border, 'line-width')),
    selected: {
      color: get(LAYER.selected, 'line-color') as string,
      width: get(LAYER.selected, 'line-width') as number,
    },
    focus: { color: FOCUS_COLOR, width: get(LAYER.focus, 'line-width') as number },
    highlight: {
      color: HIGHLIGHT_COLOR,
      width: get(LAYER.highlight, 'line-width') as number,
      casing: HIGHLIGHT_CASING_COLOR,
      casingWidth: get(LAYER.highlightCasing, 'line-width') as number,
    },
    hover: { color: HOVER_COLOR, width: 1.5 },
    labelSize: byZoom(get(LAYER.label, 'text-size')),
    patterns: shown(LAYER.pattern),
    markers: shown(LAYER.marker),
    labels: shown(LAYER.label),
    concealed: d.concealed,
  };
}

/**
 * A country's fill: its type's colour (or pattern), neutral without a type, dimmed or concealed;
 * `muted` (Ukraine and Russia under a filter) halfway to neutral, as expressions.ts's fillColor.
 */
export function countryFill(
  look: SvgLook,
  type: CommitmentTypeId | undefined,
  dimmed: boolean,
  muted = false,
) {
  if (!type || dimmed || look.concealed) return look.neutral;
  if (muted) return mutedColor(PALETTE[type].color, look.neutral);
  return look.patterns ? `url(#${patternId(type)})` : PALETTE[type].color;
}

/** A micro-state marker: the type's colour on the light neutral (as map-style.ts draws it). */
export const markerFill = (type: CommitmentTypeId | undefined) =>
  type ? PALETTE[type].color : NEUTRAL_COLOR;
export const MARKER_STROKE = SELECTED_COLOR;

/** Label ink and halo: black or white, whichever reads on the fill (expressions.ts's rule). */
export function labelInk(type: CommitmentTypeId | undefined): { ink: string; halo: string } {
  const ink = type ? textColorOn(PALETTE[type].color) : '#000000';
  return { ink, halo: ink === '#ffffff' ? 'rgba(0,0,0,0.75)' : 'rgba(255,255,255,0.9)' };
}

export const ALL_TYPES: readonly CommitmentTypeId[] = COMMITMENT_TYPE_IDS;
