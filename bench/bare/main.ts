/**
 * The benchmark's baseline: the app's boundaries drawn by MapLibre with one fill layer and
 * nothing else — no React, no data parsing, no labels, no controls. Same camera as the app's
 * default (zoom 3.2 at 51 N, 18 E). The page marks `window.__mapIdleAt` (ms since navigation)
 * at the first `idle` with the countries drawn. The boundaries are the app's file, TopoJSON,
 * decoded with topojson-client (the third number of each point, the SVG map's zoom band, is
 * ignored by MapLibre).
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import boundariesUrl from '../../data/boundaries.topo.json?url';

declare global {
  interface Window {
    __mapIdleAt?: number;
    __map?: maplibregl.Map;
  }
}

maplibregl.setWorkerUrl(new URL(workerUrl, document.baseURI).href);
const topology = fetch(new URL(boundariesUrl, document.baseURI)).then(
  (r) => r.json() as Promise<Topology>,
);

const map = new maplibregl.Map({
  container: 'map',
  center: [18, 51],
  zoom: 3.2,
  renderWorldCopies: false,
  attributionControl: false,
  style: {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'country-fill', type: 'fill', source: 'countries', paint: { 'fill-color': '#4477aa' } },
    ],
  },
});
window.__map = map;
map.on('load', () => {
  void topology.then((t) => {
    const source = map.getSource<maplibregl.GeoJSONSource>('countries');
    source?.setData(feature(t, t.objects.countries as GeometryCollection));
  });
});
const onIdle = () => {
  if (map.querySourceFeatures('countries').length === 0) return;
  window.__mapIdleAt = performance.now();
  map.off('idle', onIdle);
};
map.on('idle', onIdle);
