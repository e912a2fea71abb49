/**
 * Dependency injection for the map (context used for DI only): the app gets the lazily loaded
 * MapLibre adapter, dom tests pass a fake.
 */
import { createContext, useContext } from 'react';
import type { MapAdapterFactory } from './map-adapter';

export const loadMaplibreAdapter: MapAdapterFactory = async (options) => {
  const { createMaplibreAdapter } = await import('./maplibre-adapter');
  return createMaplibreAdapter(options);
};

export const MapAdapterContext = createContext<MapAdapterFactory>(loadMaplibreAdapter);
export const useMapAdapterFactory = () => useContext(MapAdapterContext);
