/**
 * Colour maths for the palette tests: colour-vision-deficiency simulation (Machado, Oliveira &
 * Fernandes 2009, severity 1.0, applied to linear sRGB), sRGB → CIELAB (D65) and CIEDE2000
 * (Sharma, Wu & Dalal 2005). Kept apart from src/ on purpose: only the tests need it.
 */
type Vec3 = readonly [number, number, number];
type Mat3 = readonly [Vec3, Vec3, Vec3];

export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';

/** Machado et al. 2009, Table 1, severity 1.0 (the published 3×3 matrices). */
export const MACHADO: Record<Vision, Mat3> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

export function hexToLinearRgb(hex: string): Vec3 {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => toLinear(parseInt(h ?? '0', 16) / 255));
  return [r ?? 0, g ?? 0, b ?? 0];
}

const clamp = (v: number) => Math.min(1, Math.max(0, v));
const dot = (row: Vec3, v: Vec3) => row[0] * v[0] + row[1] * v[1] + row[2] * v[2];

export function simulate(vision: Vision, rgb: Vec3): Vec3 {
  const m = MACHADO[vision];
  return [clamp(dot(m[0], rgb)), clamp(dot(m[1], rgb)), clamp(dot(m[2], rgb))];
}

/** Linear sRGB → CIELAB, D65 white. */
export function linearRgbToLab(rgb: Vec3): Vec3 {
  const x = dot([0.4124564, 0.3575761, 0.1804375], rgb) / 0.95047;
  const y = dot([0.2126729, 0.7151522, 0.072175], rgb);
  const z = dot([0.0193339, 0.119192, 0.9503041], rgb) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

export const labAs = (vision: Vision, hex: string) =>
  linearRgbToLab(simulate(vision, hexToLinearRgb(hex)));

const DEG = Math.PI / 180;
const hue = (b: number, a: number) =>
  a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / DEG + 360) % 360;

/** CIEDE2000 colour difference, kL = kC = kH = 1. */
export function deltaE2000([L1, a1, b1]: Vec3, [L2, a2, b2]: Vec3): number {
  const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)));
  const [ap1, ap2] = [(1 + g) * a1, (1 + g) * a2];
  const [cp1, cp2] = [Math.hypot(ap1, b1), Math.hypot(ap2, b2)];
  const [hp1, hp2] = [hue(b1, ap1), hue(b2, ap2)];
  let dhp = 0;
  if (cp1 * cp2 !== 0)
    dhp = hp2 - hp1 > 180 ? hp2 - hp1 - 360 : hp2 - hp1 < -180 ? hp2 - hp1 + 360 : hp2 - hp1;
  const dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin((dhp * DEG) / 2);
  const lBar = (L1 + L2) / 2;
  const cpBar = (cp1 + cp2) / 2;
  let hBar = hp1 + hp2;
  if (cp1 * cp2 !== 0)
    hBar = Math.abs(hp1 - hp2) <= 180 ? hBar / 2 : hBar < 360 ? (hBar + 360) / 2 : (hBar - 360) / 2;
  const t =
    1 -
    0.17 * Math.cos((hBar - 30) * DEG) +
    0.24 * Math.cos(2 * hBar * DEG) +
    0.32 * Math.cos((3 * hBar + 6) * DEG) -
    0.2 * Math.cos((4 * hBar - 63) * DEG);
  const sl = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2);
  const sc = 1 + 0.045 * cpBar;
  const sh = 1 + 0.015 * cpBar * t;
  const rc = 2 * Math.sqrt(cpBar ** 7 / (cpBar ** 7 + 25 ** 7));
  const rt = -Math.sin(2 * 30 * Math.exp(-(((hBar - 275) / 25) ** 2)) * DEG) * rc;
  const [l, c, h] = [(L2 - L1) / sl, (cp2 - cp1) / sc, dH / sh];
  return Math.sqrt(l * l + c * c + h * h + rt * c * h);
}

/** ΔE2000 between two sRGB colours as a person with the given vision sees them. */
export const distanceAs = (vision: Vision, a: string, b: string) =>
  deltaE2000(labAs(vision, a), labAs(vision, b));
