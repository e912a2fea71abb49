/**
 * A QR code as SVG (crisp on paper at any size), from `uqr`: small, MIT, no dependencies. Black
 * on white with a quiet zone, error correction M so a smudged photocopy still scans.
 */
import { useMemo } from 'react';
import { encode } from 'uqr';

export function QrCode({
  value,
  label,
  size = 120,
}: {
  value: string;
  label: string;
  size?: number;
}) {
  const { path, n } = useMemo(() => {
    const qr = encode(value, { ecc: 'M', border: 2 });
    let d = '';
    qr.data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) d += `M${x} ${y}h1v1h-1z`;
      }),
    );
    return { path: d, n: qr.size };
  }, [value]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${n} ${n}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
    >
      <rect width={n} height={n} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
