import { describe, expect, it } from 'vitest';
import { expression, latest } from '@maplibre/maplibre-gl-style-spec';
import { displayChanges } from '@/features/map/display';
import { DEFAULT_DISPLAY } from '@/features/map/map-adapter';
import { buildLayers, LAYER } from '@/features/map/map-style';
import { allPatternImages, PATTERN_SIZE } from '@/theme/patterns';
import { NEUTRAL_COLOR } from '@/theme/palette';

const layers = new Map(
  buildLayers().map((l) => [l.id, l as unknown as Record<string, Record<string, unknown>>]),
);

describe('display options', () => {
  it('the default display is exactly the built style (the adapter applies only differences)', () => {
    for (const c of displayChanges(DEFAULT_DISPLAY)) {
      const layer = layers.get(c.layer)!;
      expect(layer[c.kind]?.[c.property], `${c.layer} ${c.property}`).toEqual(c.value);
    }
  });

  it('concealed draws every country neutral and hides labels', () => {
    const changes = displayChanges({ ...DEFAULT_DISPLAY, concealed: true });
    const fill = changes.find((c) => c.layer === LAYER.fill && c.property === 'fill-color');
    expect(fill?.value).toBe(NEUTRAL_COLOR);
    expect(
      changes.find((c) => c.layer === LAYER.label && c.property === 'text-opacity')?.value,
    ).toBe(0);
  });

  it('patterns show the pattern layer except on countries the filter dims', () => {
    const c = displayChanges({ ...DEFAULT_DISPLAY, patterns: true }).find(
      (x) => x.layer === LAYER.pattern && x.property === 'fill-opacity',
    )!;
    const e = expression.createPropertyExpression(
      c.value,
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

  it('projector mode thickens borders and enlarges labels', () => {
    const plain = displayChanges(DEFAULT_DISPLAY);
    const big = displayChanges({ ...DEFAULT_DISPLAY, projector: true });
    const width = (cs: typeof plain) =>
      cs.find((c) => c.layer === LAYER.selected && c.property === 'line-width')!.value as number;
    expect(width(big)).toBe(2 * width(plain));
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
