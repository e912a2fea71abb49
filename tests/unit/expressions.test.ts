import { describe, it, expect } from 'vitest';
import {
  Color,
  expression,
  latest,
  validateStyleMin,
  type ExpressionSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { COMMITMENT_TYPE_IDS } from '@/datasets/schemas';
import { fillColor, labelOpacity, stateFlag } from '@/features/map/expressions';
import {
  buildLayers,
  buildStyle,
  LABEL_FONT,
  LAYER,
  labelLayer,
  SOURCE,
} from '@/features/map/map-style';
import { mutedColor, NEUTRAL_COLOR, PALETTE } from '@/theme/palette';

type PropertySpec = NonNullable<Parameters<typeof expression.createPropertyExpression>[2]>;

/**
 * Compiles an expression the way MapLibre does for a paint property: typed against the
 * property's spec (so colour strings become colours), data-driven support checked.
 */
function compile(spec: ExpressionSpecification, key: string, property: unknown) {
  const result = expression.createPropertyExpression(spec, key, property as PropertySpec);
  if (result.result !== 'success')
    throw new Error(result.value.map((e) => `${e.key}: ${e.message}`).join('\n'));
  const compiled = result.value;
  return (properties: Record<string, unknown>, state: Record<string, unknown> = {}) =>
    compiled.evaluate(
      { zoom: 3 } as never,
      { type: 'Polygon', properties } as never,
      state as never,
    ) as unknown;
}

/** Colours compare as rgba strings; anything but a Color (a raw string, say) fails. */
const rgba = (v: unknown) => (v instanceof Color ? v.toString() : `not a Color: ${String(v)}`);
const expected = (hex: string) => Color.parse(hex)?.toString();

describe('fillColor', () => {
  const fill = compile(
    fillColor(PALETTE, NEUTRAL_COLOR),
    'country-fill.paint.fill-color',
    latest.paint_fill['fill-color'],
  );

  it.each(COMMITMENT_TYPE_IDS)('paints type %s with its palette colour', (type) => {
    expect(rgba(fill({ type }))).toBe(expected(PALETTE[type].color));
  });

  it('paints a country with no type, or an unknown one, neutral', () => {
    expect(rgba(fill({}))).toBe(expected(NEUTRAL_COLOR));
    expect(rgba(fill({ iso3: 'CHE', name: 'Switzerland' }))).toBe(expected(NEUTRAL_COLOR));
    expect(rgba(fill({ type: 'peacekeepers' }))).toBe(expected(NEUTRAL_COLOR));
  });

  it('paints a dimmed country neutral whatever its type', () => {
    for (const type of COMMITMENT_TYPE_IDS)
      expect(rgba(fill({ type }, { dimmed: true }))).toBe(expected(NEUTRAL_COLOR));
    expect(rgba(fill({ type: 'troops' }, { dimmed: false }))).toBe(expected(PALETTE.troops.color));
  });

  it('paints a muted country (a reference under a filter) halfway to neutral', () => {
    const muted = mutedColor(PALETTE.recipient.color, NEUTRAL_COLOR);
    expect(rgba(fill({ type: 'recipient' }, { muted: true }))).toBe(expected(muted));
    expect(muted).not.toBe(PALETTE.recipient.color);
    expect(muted).not.toBe(NEUTRAL_COLOR);
    expect(mutedColor('#000000', '#ffffff')).toBe('#808080');
  });
});

describe('labelOpacity and stateFlag', () => {
  const opacity = compile(
    labelOpacity(),
    'country-label.paint.text-opacity',
    latest.paint_symbol['text-opacity'],
  );
  const hover = compile(
    ['case', stateFlag('hover'), 1, 0],
    'country-hover.paint.line-opacity',
    latest.paint_line['line-opacity'],
  );

  it('shows labels only for countries with a type that are not dimmed', () => {
    expect(opacity({ type: 'troops' })).toBe(1);
    expect(opacity({ name: 'Switzerland' })).toBe(0);
    expect(opacity({ type: 'troops' }, { dimmed: true })).toBe(0);
    expect(opacity({ type: 'opposed' }, { muted: true })).toBe(1); // a reference keeps its name
  });

  it('reads a feature-state flag, false when unset', () => {
    expect(hover({}, { hover: true })).toBe(1);
    expect(hover({}, {})).toBe(0);
  });
});

describe('buildStyle', () => {
  const style = buildStyle({
    latin: 'https://x/a.woff2',
    latinExt: 'https://x/b.woff2',
    cyrillic: 'https://x/c.woff2',
  });

  it('is a valid MapLibre style (and the validator does catch a broken one)', () => {
    expect(validateStyleMin(style)).toEqual([]);
    const broken = { ...style, layers: [...style.layers, { ...style.layers[1]!, id: 'sea' }] };
    expect(validateStyleMin(broken).map((e) => e.message)).toEqual([
      expect.stringContaining('duplicate layer id "sea"'),
    ]);
  });

  it('starts without the names, which are added later and are valid in the style too', () => {
    expect(style.layers.map((l) => l.id)).not.toContain(LAYER.label);
    expect(validateStyleMin({ ...style, layers: [...style.layers, labelLayer()] })).toEqual([]);
  });

  it('has unique layer ids, each a known LAYER, each source defined', () => {
    const ids = [...style.layers, labelLayer()].map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.values(LAYER).sort());
    for (const layer of style.layers)
      if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
    expect(Object.keys(style.sources).sort()).toEqual(Object.values(SOURCE).sort());
  });

  it('draws labels with the bundled font only, and needs no glyph server or sprite', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(Object.keys(style['font-faces'] ?? {})).toEqual([LABEL_FONT]);
    const label = buildLayers().find((l) => l.id === LAYER.label);
    expect(label?.type === 'symbol' && label.layout?.['text-font']).toEqual([LABEL_FONT]);
  });
});

describe('label colours', () => {
  it('give every type a label colour with at least 4.5:1 contrast on its fill', async () => {
    const { labelTextColor } = await import('@/features/map/expressions');
    const { contrastRatio } = await import('@/theme/palette');
    const spec = labelTextColor(PALETTE);
    for (const t of COMMITMENT_TYPE_IDS) {
      const m = (spec as unknown[]).indexOf(t);
      expect(m, t).toBeGreaterThan(0);
      const color = (spec as string[])[m + 1]!;
      expect(contrastRatio(color, PALETTE[t].color), t).toBeGreaterThanOrEqual(4.5);
    }
  });
});
