/**
 * The one table of commitment types → colour and label. The map's fill expression, the legend,
 * the list swatches and the panel all read it, so a colour can never drift between them.
 *
 * Colours start from Okabe & Ito's colour-blind-safe set; pairs that collapse under protanopia,
 * deuteranopia or tritanopia are kept apart by lightness too (tests/unit/palette.test.ts checks
 * the simulated distances). Ukraine and Russia have their own roles, outside the pledge scale.
 */
import type { CommitmentTypeId } from '@/datasets/schemas';

export interface TypeStyle {
  /** @deprecated The short legend label in English only: say it with `t(typeLabelId(type))`. */
  label: string;
  color: string;
  /** Group in the legend: pledges made by coalition members, or a special role. */
  group: 'pledge' | 'role';
  /**
   * Kept on the map (muted) under any filter: Ukraine and Russia are what a class reasons from,
   * and a map of "troops only" without them loses its bearings (issue 12, point 9).
   */
  reference?: true;
}

export const PALETTE: Readonly<Record<CommitmentTypeId, TypeStyle>> = {
  troops: { label: 'Troops in or over Ukraine', color: '#0b4f8a', group: 'pledge' },
  'troops-conditional': {
    label: 'Troops: conditional or reported',
    color: '#56b4e9',
    group: 'pledge',
  },
  outside: { label: 'Support from outside Ukraine', color: '#009e73', group: 'pledge' },
  'non-military': { label: 'Money, arms, training only', color: '#f0e442', group: 'pledge' },
  undecided: { label: 'Undecided', color: '#e69f00', group: 'pledge' },
  participant: { label: 'Takes part, no pledge found', color: '#c9b8a3', group: 'pledge' },
  backstop: { label: 'US backstop', color: '#8855ee', group: 'role' },
  'not-member': { label: 'EU member outside the coalition', color: '#5c5c5c', group: 'role' },
  recipient: { label: 'Ukraine', color: '#cc79a7', group: 'role', reference: true },
  opposed: { label: 'Russia (opposed)', color: '#8a1c1c', group: 'role', reference: true },
};

/** The message id of a type's legend label (src/i18n/en/record.ts): say it with `t(typeLabelId(type))`. */
export const typeLabelId = (type: CommitmentTypeId) => `type.${type}` as const;
/**
 * The message id of a type's short label: the stage's compact key only (German, French and
 * Polish labels run ≈ 40 % longer), with the full label kept as the button's name and title.
 */
export const typeShortLabelId = (type: CommitmentTypeId) => `type.${type}.short` as const;

/** Countries with no entry in the data. Light enough that every type stands out from it. */
export const NEUTRAL_COLOR = '#e9e6e0';
export const SEA_COLOR = '#c8dbe8';
/**
 * Dark theme: a slate land and a near-black sea. The earlier #3b4148 and #101c27 left "EU member
 * outside the coalition" (#5c5c5c) 10.6 ΔE2000 from the no-data grey and the troops navy 20 from
 * the sea, and both read as "the same" on a projector (issue 12, point 13); now every type is
 * ≥ 14 from both in every simulated vision (tests/unit/palette.test.ts).
 */
export const DARK_NEUTRAL_COLOR = '#2e3644';
export const DARK_SEA_COLOR = '#05070b';
export const HIGHLIGHT_COLOR = '#ff9f1c';
/** Under the highlight: the outline reads on light and orange fills alike. */
export const HIGHLIGHT_CASING_COLOR = '#1b1b1b';
export const FOCUS_COLOR = '#c2410c';
export const BORDER_COLOR = '#ffffff';
export const SELECTED_COLOR = '#111111';
export const HOVER_COLOR = '#333333';

/** Whether a type stays drawn, muted, when the filter hides it. */
export const isReferenceType = (t: CommitmentTypeId | null | undefined): boolean =>
  !!t && PALETTE[t].reference === true;

/** `hex` halfway to `toward` (sRGB): a reference country's colour while the filter hides it. */
export function mutedColor(hex: string, toward: string): string {
  const ch = (c: string, i: number) => parseInt(c.slice(i, i + 2), 16);
  const mix = (i: number) =>
    Math.round((ch(hex, i) + ch(toward, i)) / 2)
      .toString(16)
      .padStart(2, '0');
  return `#${mix(1)}${mix(3)}${mix(5)}`;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const full = /^#[0-9a-f]{3}$/i.test(hex)
    ? `#${[...hex.slice(1)].map((c) => c + c).join('')}`
    : hex;
  if (!/^#[0-9a-f]{6}$/i.test(full)) throw new Error(`not a #rrggbb colour: ${hex}`);
  const channel = (i: number) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on the given fill (labels on swatches and map). */
export function textColorOn(fill: string): '#000000' | '#ffffff' {
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff') ? '#000000' : '#ffffff';
}

/**
 * The message id of a type's legend label, or of what the map shows for a country with no
 * position on a date: `t(typeOrNoneLabelId(type))`.
 */
export const typeOrNoneLabelId = (type: CommitmentTypeId | null | undefined) =>
  type ? typeLabelId(type) : ('record.noPositionRecorded' as const);

/** @deprecated English only: use `t(typeOrNoneLabelId(type))`. */
export const typeLabel = (type: CommitmentTypeId | null | undefined) =>
  type ? PALETTE[type].label : 'No position recorded';
