/**
 * Which map is on screen (use-map-adapters.ts), with fakes for both: the SVG map first, both
 * driven as one while MapLibre draws, MapLibre alone once drawn at the SVG map's camera; without
 * WebGL the SVG map stays; an SVG map arriving after MapLibre has drawn is never shown; MapLibre's
 * code loads at once but its map starts after the SVG map has drawn (its WebGL start-up would
 * hold up the coloured map's paint).
 */
import { describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useMapAdapters } from '@/features/map/use-map-adapters';
import { WebGLUnavailableError, type MapAdapter } from '@/features/map/map-adapter';
import { createFakeMap, TEST_MAP_MESSAGES } from '../support/fake-map-adapter';

const options = {
  camera: null,
  fontUrls: { latin: '', latinExt: '', cyrillic: '' },
  reducedMotion: true,
  messages: TEST_MAP_MESSAGES,
};
const refs = () => ({
  main: { current: document.createElement('div') },
  svg: { current: document.createElement('div') },
});
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('the handover from the SVG map to MapLibre', () => {
  it('shows the SVG map, then both as one, then MapLibre alone once drawn', async () => {
    const svg = createFakeMap();
    const main = createFakeMap();
    const loading = deferred<MapAdapter>();
    const drawn = deferred<void>();
    main.map.drawn = () => drawn.promise;
    const r = refs();
    const factories = { main: () => loading.promise, svg: svg.factory };
    const { result } = renderHook(() => useMapAdapters(factories, r.main, r.svg, options));
    await waitFor(() => expect(result.current.adapter).toBe(svg.map));

    await act(async () => loading.resolve(main.map));
    const both = result.current.adapter!;
    expect([svg.map, main.map]).not.toContain(both);
    expect(main.map.jumpTo).toHaveBeenCalledWith(svg.map.getCamera());
    both.setSelected('FRA');
    expect(svg.map.setSelected).toHaveBeenCalledWith('FRA');
    expect(main.map.setSelected).toHaveBeenCalledWith('FRA');

    await act(async () => drawn.resolve());
    expect(result.current.adapter).toBe(main.map);
    expect(svg.map.destroy).toHaveBeenCalled();
    expect(main.map.destroy).not.toHaveBeenCalled();
    expect(main.map.jumpTo).toHaveBeenLastCalledWith(svg.map.getCamera());
    expect(result.current.simpler).toBe(false);
  });

  it('keeps the SVG map, with its note, where WebGL 2 is missing', async () => {
    const svg = createFakeMap();
    const r = refs();
    const factories = {
      main: () => Promise.reject(new WebGLUnavailableError('test')),
      svg: svg.factory,
    };
    const { result } = renderHook(() => useMapAdapters(factories, r.main, r.svg, options));
    await waitFor(() => expect(result.current.simpler).toBe(true));
    expect(result.current.adapter).toBe(svg.map);
    expect(result.current.failure).toBeNull();
    expect(svg.map.destroy).not.toHaveBeenCalled();
  });

  it('never shows an SVG map that arrives after MapLibre has drawn', async () => {
    const svg = createFakeMap();
    const main = createFakeMap();
    const late = deferred<MapAdapter>();
    const r = refs();
    const factories = { main: main.factory, svg: () => late.promise };
    const { result } = renderHook(() => useMapAdapters(factories, r.main, r.svg, options));
    await waitFor(() => expect(result.current.adapter).toBe(main.map));
    await act(async () => late.resolve(svg.map));
    expect(svg.map.destroy).toHaveBeenCalled();
    expect(result.current.adapter).toBe(main.map);
  });

  it('loads MapLibre at once but starts its map after the SVG map has drawn', async () => {
    const svg = createFakeMap();
    const main = createFakeMap();
    const svgDrawn = deferred<void>();
    svg.map.drawn = () => svgDrawn.promise;
    const start = vi.fn(main.factory);
    const preload = vi.fn(() => Promise.resolve());
    const r = refs();
    const factories = { main: Object.assign(start, { preload }), svg: svg.factory };
    const { result } = renderHook(() => useMapAdapters(factories, r.main, r.svg, options));
    await waitFor(() => expect(result.current.adapter).toBe(svg.map));
    expect(preload).toHaveBeenCalledOnce();
    expect(start).not.toHaveBeenCalled();
    await act(async () => svgDrawn.resolve());
    await waitFor(() => expect(result.current.adapter).toBe(main.map));
    expect(start).toHaveBeenCalledOnce();
  });
});
