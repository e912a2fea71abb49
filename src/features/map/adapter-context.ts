/**
 * Dependency injection for the map (context used for DI only): the app gets the lazily loaded
 * MapLibre adapter, dom tests pass a fake.
 */
import { createContext, useContext } from 'react';
import type { MapAdapterFactory, MapAdapterOptions } from './map-adapter';

const maplibreChunk = () => import('./maplibre-adapter');
export const loadMaplibreAdapter: MapAdapterFactory = Object.assign(
  async (options: MapAdapterOptions) => (await maplibreChunk()).createMaplibreAdapter(options),
  { preload: maplibreChunk },
);

/**
 * The SVG map, in its own small chunk: drawn first, while MapLibre loads, and kept where WebGL 2
 * is missing (use-map-adapters.ts).
 */
export const loadSvgAdapter: MapAdapterFactory = async (options) => {
  const { createSvgAdapter } = await import('./svg-adapter');
  return createSvgAdapter(options);
};

export const MapAdapterContext = createContext<MapAdapterFactory>(loadMaplibreAdapter);
export const useMapAdapterFactory = () => useContext(MapAdapterContext);
export const SvgAdapterContext = createContext<MapAdapterFactory>(loadSvgAdapter);
export const useSvgAdapterFactory = () => useContext(SvgAdapterContext);
