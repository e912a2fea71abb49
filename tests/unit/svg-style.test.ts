/**
 * The SVG map reads its look from the same display changes and palette as the MapLibre style,
 * so a colour or width cannot differ between the two renderers.
 */
import { describe, expect, it } from 'vitest';
import { byZoom, countryFill, labelInk, svgLook } from '@/features/map/svg-style';
import { svgPattern } from '@/features/map/svg-patterns';
import { placeLabels, wrapName } from '@/features/map/svg-labels';
import { DEFAULT_DISPLAY } from '@/features/map/map-adapter';
import { COMMITMENT_TYPE_IDS } from '@/datasets/schemas';
import {
  mutedColor,
  DARK_NEUTRAL_COLOR,
  DARK_SEA_COLOR,
  NEUTRAL_COLOR,
  PALETTE,
  SEA_COLOR,
  textColorOn,
} from '@/theme/palette';
import { patternImage, PATTERN_SIZE } from '@/theme/patterns';

describe('svgLook', () => {
  it('takes sea, neutral and widths from the display, light and dark', () => {
    const light = svgLook(DEFAULT_DISPLAY);
    expect([light.sea, light.neutral]).toEqual([SEA_COLOR, NEUTRAL_COLOR]);
    const dark = svgLook({ ...DEFAULT_DISPLAY, theme: 'dark' });
    expect([dark.sea, dark.neutral]).toEqual([DARK_SEA_COLOR, DARK_NEUTRAL_COLOR]);
    expect(dark.selected.color).not.toBe(light.selected.color); // reads on the dark sea
    const projector = svgLook({ ...DEFAULT_DISPLAY, projector: true });
    expect(projector.selected.width).toBe(2 * light.selected.width);
    expect(projector.borderWidth(6)).toBe(2 * light.borderWidth(6));
    expect(projector.labelSize(5)).toBeGreaterThan(light.labelSize(5));
  });

  it('hides names and markers while concealed, and fills every country neutral', () => {
    const look = svgLook({ ...DEFAULT_DISPLAY, concealed: true, patterns: true });
    expect([look.labels, look.markers, look.patterns]).toEqual([false, false, false]);
    for (const t of COMMITMENT_TYPE_IDS) expect(countryFill(look, t, false)).toBe(NEUTRAL_COLOR);
  });

  it('fills by the palette, neutral when dimmed or without a type, patterns when asked', () => {
    const look = svgLook(DEFAULT_DISPLAY);
    for (const t of COMMITMENT_TYPE_IDS) {
      expect(countryFill(look, t, false)).toBe(PALETTE[t].color);
      expect(countryFill(look, t, true)).toBe(NEUTRAL_COLOR);
      // Muted (Ukraine and Russia under a filter): halfway to neutral, as MapLibre's fillColor.
      expect(countryFill(look, t, false, true)).toBe(mutedColor(PALETTE[t].color, NEUTRAL_COLOR));
    }
    expect(countryFill(look, undefined, false)).toBe(NEUTRAL_COLOR);
    const patterned = svgLook({ ...DEFAULT_DISPLAY, patterns: true });
    expect(countryFill(patterned, 'troops', false)).toBe('url(#pattern-troops)');
  });

  it('evaluates a linear zoom interpolation as MapLibre does, clamped at its ends', () => {
    const f = byZoom(['interpolate', ['linear'], ['zoom'], 2, 10, 5, 14]);
    expect([f(1), f(2), f(3.5), f(5), f(9)]).toEqual([10, 10, 12, 14, 14]);
    expect(byZoom(3)(7)).toBe(3);
  });

  it('writes names black or white by the fill, as the MapLibre labels', () => {
    for (const t of COMMITMENT_TYPE_IDS)
      expect(labelInk(t).ink).toBe(textColorOn(PALETTE[t].color));
  });
});

describe('SVG patterns', () => {
  it('draws the theme’s pattern: one ink square per ink pixel', () => {
    for (const t of COMMITMENT_TYPE_IDS) {
      const p = svgPattern(t);
      const img = patternImage(t);
      const fill = PALETTE[t].color;
      let ink = 0;
      for (let i = 0; i < PATTERN_SIZE * PATTERN_SIZE; i++) {
        const hex = `#${[0, 1, 2].map((k) => img.data[i * 4 + k]!.toString(16).padStart(2, '0')).join('')}`;
        if (hex !== fill) ink++;
      }
      expect(ink).toBeGreaterThan(0);
      expect(p.d.match(/M/g)?.length).toBe(ink);
      expect([p.fill, p.ink]).toEqual([fill, textColorOn(fill)]);
    }
  });
});

describe('SVG labels', () => {
  it('wraps long names at the maximum width', () => {
    expect(wrapName('Bosnia and Herzegovina', 12)).toEqual(['Bosnia and', 'Herzegovina']);
    expect(wrapName('France', 12)).toEqual(['France']);
  });

  it('skips a name that would overlap one already placed, or lies outside the view', () => {
    const placed = placeLabels(
      [
        { iso3: 'A', name: 'Alpha', x: 100, y: 100 },
        { iso3: 'B', name: 'Beta', x: 105, y: 102 },
        { iso3: 'C', name: 'Gamma', x: 300, y: 100 },
        { iso3: 'D', name: 'Delta', x: -200, y: 100 },
      ],
      12,
      { width: 800, height: 600 },
    );
    expect(placed.map((p) => p.iso3)).toEqual(['A', 'C']);
  });
});
