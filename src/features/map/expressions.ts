/**
 * Pure builders for the map's data-driven styling. They read the palette (the same one the
 * legend reads) and return plain style-spec JSON, unit-tested with the style spec's own
 * expression evaluator.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { COMMITMENT_TYPE_IDS } from '@/datasets/schemas';
import { mutedColor, textColorOn, type TypeStyle } from '@/theme/palette';
import type { CommitmentTypeId } from '@/datasets/schemas';

type Palette = Readonly<Record<CommitmentTypeId, TypeStyle>>;

/**
 * Colour by `type`; countries without one, or dimmed by the filter, draw neutral; `muted` ones
 * (Ukraine and Russia under a filter) draw their colour halfway to neutral.
 */
export function fillColor(palette: Palette, neutral: string): ExpressionSpecification {
  const byType = (colour: (hex: string) => string) =>
    [
      'match',
      ['coalesce', ['get', 'type'], ''],
      ...COMMITMENT_TYPE_IDS.flatMap((t) => [t, colour(palette[t].color)]),
      neutral,
    ] as unknown as ExpressionSpecification;
  return [
    'case',
    ['boolean', ['feature-state', 'dimmed'], false],
    neutral,
    ['boolean', ['feature-state', 'muted'], false],
    byType((hex) => mutedColor(hex, neutral)),
    byType((hex) => hex),
  ];
}

/** True when a feature-state flag is set (hover, selected, dimmed). */
export const stateFlag = (
  flag: 'hover' | 'selected' | 'dimmed' | 'muted' | 'focused' | 'highlighted',
): ExpressionSpecification => ['boolean', ['feature-state', flag], false];

/** Labels only for countries in the data, and only while the filter shows them. */
export const labelOpacity = (): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', 'dimmed'], false],
  0,
  ['has', 'type'],
  1,
  0,
];

/** Label text in black or white, whichever reads better on the country's fill (WCAG). */
export function labelTextColor(palette: Palette): ExpressionSpecification {
  const pairs = COMMITMENT_TYPE_IDS.flatMap((t) => [t, textColorOn(palette[t].color)]);
  return [
    'match',
    ['coalesce', ['get', 'type'], ''],
    ...pairs,
    '#000000',
  ] as unknown as ExpressionSpecification;
}

/** A halo of the opposite tone, so the label also reads across borders and the sea. */
export function labelHaloColor(palette: Palette): ExpressionSpecification {
  const pairs = COMMITMENT_TYPE_IDS.flatMap((t) => [
    t,
    textColorOn(palette[t].color) === '#ffffff' ? 'rgba(0,0,0,0.75)' : 'rgba(255,255,255,0.9)',
  ]);
  return [
    'match',
    ['coalesce', ['get', 'type'], ''],
    ...pairs,
    'rgba(255,255,255,0.9)',
  ] as unknown as ExpressionSpecification;
}

/** The per-type pattern image (see src/theme/patterns.ts); countries without a type get none. */
export function fillPattern(): ExpressionSpecification {
  const pairs = COMMITMENT_TYPE_IDS.flatMap((t) => [t, `pattern-${t}`]);
  return [
    'match',
    ['coalesce', ['get', 'type'], ''],
    ...pairs,
    '',
  ] as unknown as ExpressionSpecification;
}
