/**
 * The camera's part of the address (`#map=ZOOM/LAT/LON`, as on openstreetmap.org): parsed and
 * written here, rounded the same way both ways, so a parsed URL is already in its final form.
 */
export interface Camera {
  zoom: number;
  lat: number;
  lon: number;
}

/** Rounds and turns -0 into 0, so serialised cameras compare equal. */
const round = (v: number, digits: number) => Number(v.toFixed(digits)) + 0;

export function parseCamera(hash: string): Camera | null | 'invalid' {
  const m = /(?:^#|&)map=([^&]*)/.exec(hash);
  if (!m) return null;
  const parts = (m[1] ?? '').split('/');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return 'invalid';
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (zoom < 0 || zoom > 22 || lat < -85.06 || lat > 85.06 || lon < -180 || lon > 180)
    return 'invalid';
  // Rounded as cameraHash writes it, so a parsed URL is already in its final form.
  return { zoom: round(zoom, 2), lat: round(lat, 4), lon: round(lon, 4) };
}

export function cameraHash(c: Camera): string {
  return `#map=${round(c.zoom, 2)}/${round(c.lat, 4)}/${round(c.lon, 4)}`;
}
