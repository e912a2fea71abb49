/**
 * Pure builders for the map's data-driven styling. They read the palette (the same one the
 * legend reads) and return plain style-spec JSON, unit-tested with the style spec's own
 * expression evaluator.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { COMMITMENT_TYPE_IDS } from '@/datasets/schemas';
import type { TypeStyle } from '@/theme/palette';
import type { CommitmentTypeId } from '@/datasets/schemas';

type Palette = Readonly<Record<CommitmentTypeId, TypeStyle>>;

/** Colour by `type`; countries without one, or dimmed by the filter, draw neutral. */
export function fillColor(palette: Palette, neutral: string): ExpressionSpecification {
  const pairs = COMMITMENT_TYPE_IDS.flatMap((t) => [t, palette[t].color]);
  return [
    'case',
    ['boolean', ['feature-state', 'dimmed'], false],
    neutral,
    [
      'match',
      ['coalesce', ['get', 'type'], ''],
      ...pairs,
      neutral,
    ] as unknown as ExpressionSpecification,
  ];
}

/** True when a feature-state flag is set (hover, selected, dimmed). */
export const stateFlag = (flag: 'hover' | 'selected' | 'dimmed'): ExpressionSpecification => [
  'boolean',
  ['feature-state', flag],
  false,
];

/** Labels only for countries in the data, and only while the filter shows them. */
export const labelOpacity = (): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', 'dimmed'], false],
  0,
  ['has', 'type'],
  1,
  0,
];
