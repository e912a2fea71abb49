import { describe, expect, it } from 'vitest';
import { Color, expression, latest } from '@maplibre/maplibre-gl-style-spec';
import { COMMITMENT_TYPE_IDS } from '@/datasets/schemas';
import {
  CONCEALED_COLOR,
  displayChanges,
  outlineChanges,
  withChanges,
  type StyleChange,
} from '@/features/map/display';
import { DEFAULT_DISPLAY } from '@/features/map/map-adapter';
import { buildLayers, LAYER, labelLayer } from '@/features/map/map-style';
import { allPatternImages, PATTERN_SIZE } from '@/theme/patterns';
import { NEUTRAL_COLOR } from '@/theme/palette';

const layers = new Map(
  buildLayers().map((l) => [l.id, l as unknown as Record<string, Record<string, unknown>>]),
);

const visibilityOf = (changes: StyleChange[], layer: string) =>
  changes.find((c) => c.layer === layer && c.property === 'visibility')?.value;

describe('display options', () => {
  it('the default display is exactly the built style (the adapter applies only differences)', () => {
    const none = { selected: false, focused: false, highlighted: false };
    for (const c of [...displayChanges(DEFAULT_DISPLAY), ...outlineChanges(none)]) {
      const layer = layers.get(c.layer)!;
      expect(layer[c.kind]?.[c.property], `${c.layer} ${c.property}`).toEqual(c.value);
    }
  });

  it('concealed draws every country of the record in one fill, unlike the land outside it, and switches names and markers off', () => {
    const changes = displayChanges({ ...DEFAULT_DISPLAY, concealed: true });
    const fill = changes.find((c) => c.layer === LAYER.fill && c.property === 'fill-color');
    // Still data-driven (MapLibre fails when a re-tiling layer flips to a constant), but every
    // type evaluates to the one concealed fill; a country without a type keeps the no-data grey.
    const e = expression.createPropertyExpression(
      fill?.value,
      'country-fill.paint.fill-color',
      latest.paint_fill['fill-color'] as never,
    );
    if (e.result !== 'success') throw new Error('invalid expression');
    expect(e.value.kind).not.toBe('constant');
    for (const type of [...COMMITMENT_TYPE_IDS, undefined]) {
      const colour = e.value.evaluate(
        { zoom: 3 },
        { type: 'Polygon', properties: type ? { type } : {} } as never,
        {},
      ) as { toString(): string };
      const want = type ? CONCEALED_COLOR : NEUTRAL_COLOR;
      expect(colour.toString(), String(type)).toBe(Color.parse(want)!.toString());
    }
    expect(visibilityOf(changes, LAYER.label)).toBe('none');
    expect(visibilityOf(changes, LAYER.marker)).toBe('none');
    expect(visibilityOf(displayChanges(DEFAULT_DISPLAY), LAYER.label)).toBe('visible');
  });

  it('switches the pattern layer on only with patterns, and never while concealed', () => {
    const at = (patterns: boolean, concealed: boolean) =>
      visibilityOf(displayChanges({ ...DEFAULT_DISPLAY, patterns, concealed }), LAYER.pattern);
    expect(at(false, false)).toBe('none');
    expect(at(true, false)).toBe('visible');
    expect(at(true, true)).toBe('none');
  });

  it('draws patterns except on countries the filter dims', () => {
    const spec = layers.get(LAYER.pattern)!.paint!['fill-opacity'];
    const e = expression.createPropertyExpression(
      spec,
      'country-pattern.paint.fill-opacity',
      latest.paint_fill['fill-opacity'] as never,
    );
    if (e.result !== 'success') throw new Error('invalid expression');
    const at = (dimmed: boolean) =>
      e.value.evaluate({ zoom: 3 }, { type: 'Polygon', properties: { type: 'troops' } } as never, {
        dimmed,
      });
    expect(at(false)).toBe(1);
    expect(at(true)).toBe(0);
  });

  it('switches each outline layer on only while it has a country to outline', () => {
    const changes = outlineChanges({ selected: true, focused: false, highlighted: true });
    expect(visibilityOf(changes, LAYER.selected)).toBe('visible');
    expect(visibilityOf(changes, LAYER.focus)).toBe('none');
    expect(visibilityOf(changes, LAYER.highlight)).toBe('visible');
  });

  it('projector mode thickens borders and enlarges labels', () => {
    const plain = displayChanges(DEFAULT_DISPLAY);
    const big = displayChanges({ ...DEFAULT_DISPLAY, projector: true });
    const width = (cs: typeof plain) =>
      cs.find((c) => c.layer === LAYER.selected && c.property === 'line-width')!.value as number;
    expect(width(big)).toBe(2 * width(plain));
  });

  it('writes a display into a layer spec added later, without touching the original', () => {
    const label = labelLayer();
    const changes = displayChanges({ ...DEFAULT_DISPLAY, projector: true, concealed: true });
    const out = withChanges(label, changes) as unknown as Record<string, Record<string, unknown>>;
    const size = changes.find((c) => c.layer === LAYER.label && c.property === 'text-size');
    expect(out.layout!['text-size']).toEqual(size!.value);
    expect(out.layout!.visibility).toBe('none');
    expect(out.paint!['text-opacity']).toEqual(label.paint!['text-opacity' as never]);
    expect(label.layout!.visibility).toBe('visible');
  });
});

describe('pattern images', () => {
  it('are ten distinct tiles of the right size, each with two tones', () => {
    const images = allPatternImages();
    expect(images).toHaveLength(10);
    const keys = new Set(images.map((i) => Buffer.from(i.data).toString('base64')));
    expect(keys.size).toBe(10);
    for (const img of images) {
      expect(img.data.length).toBe(PATTERN_SIZE * PATTERN_SIZE * 4);
      const tones = new Set<string>();
      for (let i = 0; i < img.data.length; i += 4) tones.add(img.data.slice(i, i + 3).join());
      expect(tones.size, img.id).toBe(2);
    }
  });

  it('differ in their black-and-white motif alone (greyscale copy still tells them apart)', () => {
    const motifs = allPatternImages().map((img) => {
      let bits = '';
      const first = img.data.slice(0, 3).join();
      for (let i = 0; i < img.data.length; i += 4)
        bits += img.data.slice(i, i + 3).join() === first ? '0' : '1';
      return bits;
    });
    expect(new Set(motifs).size).toBe(10);
  });
});
