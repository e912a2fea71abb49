/**
 * Dependency injection for the map (context used for DI only): the app gets the lazily loaded
 * MapLibre adapter, dom tests pass a fake.
 */
import { createContext, useContext } from 'react';
import { WebGLUnavailableError, type MapAdapterFactory } from './map-adapter';

export const loadMaplibreAdapter: MapAdapterFactory = async (options) => {
  const { createMaplibreAdapter } = await import('./maplibre-adapter');
  return createMaplibreAdapter(options);
};

/** Where WebGL 2 is missing: the SVG map, in its own chunk, loaded only then (map-view.tsx). */
export const loadSvgAdapter: MapAdapterFactory = async (options) => {
  const { createSvgAdapter } = await import('./svg-adapter');
  return createSvgAdapter(options);
};

export const MapAdapterContext = createContext<MapAdapterFactory>(loadMaplibreAdapter);
export const useMapAdapterFactory = () => useContext(MapAdapterContext);
export const FallbackAdapterContext = createContext<MapAdapterFactory>(loadSvgAdapter);
export const useFallbackAdapterFactory = () => useContext(FallbackAdapterContext);

/**
 * `first`, or `second` where `first` finds no WebGL 2 (`onFallback` is told, for the note);
 * if `second` fails as well, the WebGL error stands, so the map says what is missing.
 */
export const withFallback =
  (
    first: MapAdapterFactory,
    second: MapAdapterFactory,
    onFallback: () => void,
  ): MapAdapterFactory =>
  async (options) => {
    try {
      return await first(options);
    } catch (e) {
      if (!(e instanceof WebGLUnavailableError)) throw e;
      onFallback();
      return second(options).catch(() => Promise.reject(e));
    }
  };
