/**
 * One pattern per commitment type, drawn as RGBA pixels (no canvas, so it is unit-testable in
 * node). The motif is black or white, whichever contrasts with the type's colour, so the map
 * still reads on a black-and-white photocopy or a washed-out projector.
 */
import { COMMITMENT_TYPE_IDS, type CommitmentTypeId } from '@/datasets/schemas';
import { PALETTE, textColorOn } from '@/theme/palette';

export const PATTERN_SIZE = 12;
type Motif = (x: number, y: number) => boolean;

const MOTIFS: Record<CommitmentTypeId, Motif> = {
  troops: (x, y) => (x + y) % 4 === 0, // fine diagonal, mostly fill
  'troops-conditional': (x, y) => (y % 6 === 0 && x % 6 < 3) || (y % 6 === 3 && x % 6 >= 3), // staggered dashes
  outside: (x, y) => x % 6 < 2 && y % 6 < 2, // dots
  'non-military': (_x, y) => y % 6 < 2, // horizontal
  // Diamonds: the cross-hatch it replaces held not-member's anti-diagonal whole, and the two
  // read as one texture in greyscale (tests/unit/patterns-greyscale.test.ts).
  undecided: (x, y) => Math.abs(x - 6) + Math.abs(y - 6) === 5, // diamonds
  participant: (x) => x % 6 < 2, // thick vertical (thin verticals sat inside backstop's grid)
  backstop: (x, y) => x % 6 === 0 || y % 6 === 0, // grid
  'not-member': (x, y) => (x - y + 12) % 6 === 0, // anti-diagonal
  recipient: (x, y) => (x - 6) ** 2 + (y - 6) ** 2 <= 9 && (x - 6) ** 2 + (y - 6) ** 2 >= 4, // rings
  opposed: (x, y) => (Math.floor(x / 3) + Math.floor(y / 3)) % 2 === 0, // checker
};

export const patternId = (t: CommitmentTypeId) => `pattern-${t}`;

const rgb = (hex: string) =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

export interface PatternImage {
  id: string;
  width: number;
  height: number;
  data: Uint8Array;
}

export function patternImage(type: CommitmentTypeId): PatternImage {
  const fill = rgb(PALETTE[type].color);
  const ink = rgb(textColorOn(PALETTE[type].color));
  const data = new Uint8Array(PATTERN_SIZE * PATTERN_SIZE * 4);
  for (let y = 0; y < PATTERN_SIZE; y++)
    for (let x = 0; x < PATTERN_SIZE; x++) {
      const c = MOTIFS[type](x, y) ? ink : fill;
      data.set([...c, 255], (y * PATTERN_SIZE + x) * 4);
    }
  return { id: patternId(type), width: PATTERN_SIZE, height: PATTERN_SIZE, data };
}

export const allPatternImages = () => COMMITMENT_TYPE_IDS.map(patternImage);

/** A CSS background for a legend swatch showing the same pattern as the map (browser only). */
export function patternDataUrl(type: CommitmentTypeId): string | null {
  if (typeof document === 'undefined' || /jsdom/.test(navigator.userAgent)) return null;
  const img = patternImage(type);
  const canvas = document.createElement('canvas');
  canvas.width = img.width;
  canvas.height = img.height;
  const ctx = canvas.getContext?.('2d');
  if (!ctx) return null; // jsdom has no canvas: swatches fall back to plain colour
  ctx.putImageData(new ImageData(new Uint8ClampedArray(img.data), img.width, img.height), 0, 0);
  return canvas.toDataURL('image/png');
}
