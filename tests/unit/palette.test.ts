import { describe, it, expect } from 'vitest';
import { COMMITMENT_TYPE_IDS, type CommitmentTypeId } from '@/datasets/schemas';
import {
  contrastRatio,
  DARK_NEUTRAL_COLOR,
  DARK_SEA_COLOR,
  NEUTRAL_COLOR,
  PALETTE,
  relativeLuminance,
  SEA_COLOR,
  textColorOn,
} from '@/theme/palette';
import { deltaE2000, distanceAs, hexToLinearRgb, simulate, type Vision } from './color-science';

const VISIONS: Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
const colour = (t: CommitmentTypeId) => PALETTE[t].color;
const pledge = COMMITMENT_TYPE_IDS.filter((t) => PALETTE[t].group === 'pledge');
const pairs = <T>(xs: readonly T[]) => xs.flatMap((a, i) => xs.slice(i + 1).map((b) => [a, b]));

/**
 * Threshold: ΔE2000 ≥ 10 in every simulated vision. One ΔE2000 is about one just-noticeable
 * difference for large patches side by side; a reader has to match a small country (Estonia,
 * Luxembourg at classroom zoom) to a legend swatch elsewhere on screen, and the difference needed
 * grows fast as marks shrink (Stone, Szafir & Setlur 2014). 10 is a common rule of thumb for
 * categorical palettes; the palette's own pledge group clears it (lowest: 10.7), so it is not
 * tuned to the data. It is NOT lowered for the pairs listed in KNOWN_COLLISIONS below.
 */
const MIN_DELTA_E = 10;

describe('palette table', () => {
  it('has an entry for every type, in legend order', () => {
    expect(Object.keys(PALETTE)).toEqual([...COMMITMENT_TYPE_IDS]);
  });

  it('gives every type a #rrggbb colour and a non-empty, unique label', () => {
    const labels = COMMITMENT_TYPE_IDS.map((t) => PALETTE[t].label.trim());
    for (const t of COMMITMENT_TYPE_IDS) expect(colour(t)).toMatch(/^#[0-9a-f]{6}$/i);
    expect(labels.every((l) => l.length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);
    expect(new Set(COMMITMENT_TYPE_IDS.map(colour)).size).toBe(COMMITMENT_TYPE_IDS.length);
  });
});

describe('contrast helpers', () => {
  it('computes WCAG luminance and contrast', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  // KNOWN BUG (src/theme/palette.ts, relativeLuminance): 3-digit hex reads an empty channel,
  // parseInt('', 16) is NaN, so contrastRatio('#000', '#fff') is NaN and textColorOn('#fff')
  // answers white. When that is fixed this test fails: turn `it.fails` into `it`.
  it('accepts 3-digit hex: contrastRatio("#000", "#fff") is 21', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 10);
  });

  it.each([...COMMITMENT_TYPE_IDS.map(colour), NEUTRAL_COLOR])(
    'textColorOn(%s) reads at 4.5:1 or better',
    (fill) => {
      expect(contrastRatio(fill, textColorOn(fill))).toBeGreaterThanOrEqual(4.5);
    },
  );
});

describe('colour maths used below', () => {
  it('matches the CIEDE2000 test data of Sharma, Wu & Dalal (2005)', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(
      1.2644,
      4,
    );
  });

  it('keeps greys grey in every simulation (each Machado row sums to 1)', () => {
    const grey = hexToLinearRgb('#808080');
    for (const v of VISIONS) simulate(v, grey).forEach((c) => expect(c).toBeCloseTo(grey[0], 4));
  });
});

/** Every pair in `ids` closer than the threshold in some vision, as `vision a~b`. */
function collisions(palette: Record<string, string>, ids: readonly string[][]) {
  const found: string[] = [];
  for (const v of VISIONS)
    for (const [a, b] of ids)
      if (distanceAs(v, palette[a!]!, palette[b!]!) < MIN_DELTA_E) found.push(`${v} ${a}~${b}`);
  return found;
}
const current: Record<string, string> = {
  ...Object.fromEntries(COMMITMENT_TYPE_IDS.map((t) => [t, colour(t)])),
  neutral: NEUTRAL_COLOR,
};

describe(`colour-vision deficiency (Machado 2009, ΔE2000 ≥ ${MIN_DELTA_E})`, () => {
  it('keeps every pledge type apart from every other pledge type', () => {
    expect(collisions(current, pairs(pledge))).toEqual([]);
  });

  it('keeps every type apart from the neutral fill of countries outside the data', () => {
    expect(
      collisions(
        current,
        COMMITMENT_TYPE_IDS.map((t) => [t, 'neutral']),
      ),
    ).toEqual([]);
  });

  // Role colours against everything else: backstop #8855ee and not-member #5c5c5c were chosen
  // because the earlier #7b3f98 and #7d7d7d collapsed into troops (protanopia ΔE 2.5) and into
  // outside (deuteranopia ΔE 8.4, Poland/Romania next to Slovakia/Hungary).
  it('keeps every colour apart from every other, roles included', () => {
    expect(collisions(current, pairs(COMMITMENT_TYPE_IDS))).toEqual([]);
  });
});

// Issue 12, point 13: the map's own ground in each theme. A type's fill must stand apart from
// the grey of countries with no position and from the sea around it, or a country reads as
// "nothing recorded" or as water. Same threshold, every simulated vision.
describe.each([
  ['light', NEUTRAL_COLOR, SEA_COLOR],
  ['dark', DARK_NEUTRAL_COLOR, DARK_SEA_COLOR],
])(`the %s theme's ground (ΔE2000 ≥ ${MIN_DELTA_E})`, (_theme, neutral, sea) => {
  const ground = { ...current, neutral, sea };
  it('keeps every type apart from the no-data colour', () => {
    expect(
      collisions(
        ground,
        COMMITMENT_TYPE_IDS.map((t) => [t, 'neutral']),
      ),
    ).toEqual([]);
  });
  it('keeps every type apart from the sea', () => {
    expect(
      collisions(
        ground,
        COMMITMENT_TYPE_IDS.map((t) => [t, 'sea']),
      ),
    ).toEqual([]);
  });
  it('keeps the no-data land apart from the sea', () => {
    expect(collisions(ground, [['neutral', 'sea']])).toEqual([]);
  });
});
