/**
 * The boundaries ship as TopoJSON (shared borders once, quantised: about half the gzip bytes of
 * the same GeoJSON, data/README.md) and are decoded here to the GeoJSON FeatureCollection every
 * reader takes: MapLibre's source, the SVG map, the handout, `npm run data:check`.
 *
 * Each arc point also carries, as a third number, the zoom band from which the SVG map draws it
 * (simplification precomputed by scripts/boundaries-topology.mjs). The GeoJSON gets plain
 * [lon, lat] positions; the bands are kept beside it, per geometry, for the SVG map (bandsOf).
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BoundariesTopology, type BoundariesFile } from './schemas';

type Position = [number, number];
/** Per polygon, per ring: the band of each point (0 when the file gives none: always drawn). */
export type RingBands = Uint8Array[][];

const bands = new WeakMap<object, RingBands>();

/** The zoom bands of a decoded geometry's points, or undefined for geometry from elsewhere. */
export const bandsOf = (geometry: object): RingBands | undefined => bands.get(geometry);

/** [lon, lat, band] positions → [lon, lat] positions and their bands (a plain loop: fast). */
function splitRing(ring: GeoJSON.Position[]): { ring: Position[]; bands: Uint8Array } {
  const out = new Array<Position>(ring.length);
  const bands = new Uint8Array(ring.length);
  for (let k = 0; k < ring.length; k++) {
    const p = ring[k]!;
    out[k] = [p[0]!, p[1]!];
    bands[k] = p[2] ?? 0;
  }
  return { ring: out, bands };
}

export function decodeBoundaries(topo: BoundariesTopology): BoundariesFile {
  const collection = topo.objects.countries;
  const decoded = feature(topo as unknown as Topology, collection as GeometryCollection);
  return {
    type: 'FeatureCollection',
    features: decoded.features.map((f, i) => {
      const { type, properties } = collection.geometries[i]!;
      const g = f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
      const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      const split = polygons.map((rings) => rings.map(splitRing));
      const coordinates = split.map((rings) => rings.map((r) => r.ring));
      const geometry = {
        type,
        coordinates: type === 'Polygon' ? coordinates[0]! : coordinates,
      };
      bands.set(
        geometry,
        split.map((rings) => rings.map((r) => r.bands)),
      );
      return { type: 'Feature' as const, properties: { ...properties }, geometry };
    }),
  };
}

/** The file's schema with its decoding: parses data/boundaries.topo.json to GeoJSON. */
export const BoundariesData = BoundariesTopology.transform(decodeBoundaries);
