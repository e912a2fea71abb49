/**
 * The SVG map adapter in jsdom, on the real boundaries: state changes mark the right paths, a
 * press picks the country under it, a drag pans instead, and in the app (no WebGL) it stands in
 * for MapLibre with its note, panned and zoomed by the keyboard.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createSvgAdapter } from '@/features/map/svg-adapter';
import {
  DEFAULT_CAMERA,
  DEFAULT_DISPLAY,
  WebGLUnavailableError,
  type MapAdapter,
} from '@/features/map/map-adapter';
import { TEST_MAP_MESSAGES } from '../support/fake-map-adapter';
import { project } from '@/features/map/svg-camera';
import { NEUTRAL_COLOR } from '@/theme/palette';
import { App } from '@/app/app';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { storeFromUrl } from '@/app/initial-state';
import { stubFetch } from '../support/render-app';
import { labelPointOf, realMapData } from '../support/real-map-data';

const size = { width: 1280, height: 634 };
const data = realMapData();
let container: HTMLDivElement;
let map: MapAdapter;

const path = (iso3: string) => container.querySelector(`path[data-iso3="${iso3}"]`)!;
const outline = (name: string) =>
  container.querySelector(`path[data-outline="${name}"]`)!.getAttribute('d');
const at = (iso3: string) => {
  const [lon, lat] = labelPointOf(iso3);
  const p = project(map.getCamera(), size, lon, lat);
  return { clientX: p.x, clientY: p.y };
};
const svg = () => container.querySelector('svg')!;
const pointer = (type: string, xy: { clientX: number; clientY: number }) =>
  svg().dispatchEvent(
    new PointerEvent(type, { ...xy, bubbles: true, pointerId: 1, pointerType: 'mouse' }),
  );

describe('the SVG map adapter', () => {
  beforeEach(async () => {
    container = document.createElement('div');
    Object.defineProperty(container, 'clientWidth', { value: size.width });
    Object.defineProperty(container, 'clientHeight', { value: size.height });
    document.body.appendChild(container);
    map = await createSvgAdapter({
      container,
      camera: DEFAULT_CAMERA,
      fontUrls: { latin: '', latinExt: '', cyrillic: '' },
      reducedMotion: true,
      messages: TEST_MAP_MESSAGES,
    });
    map.setData(data);
  });
  afterEach(() => {
    map.destroy();
    container.remove();
  });

  it('draws one path per country and marks the selected, focused and highlighted ones', () => {
    expect(container.querySelectorAll('path[data-iso3]')).toHaveLength(
      data.countries.features.length,
    );
    map.setSelected('FRA');
    expect(outline('selected')).toBe(path('FRA').getAttribute('d'));
    map.setFocused('DEU');
    expect(outline('focus')).toBe(path('DEU').getAttribute('d'));
    map.setHighlighted(['POL', 'ITA']);
    expect(outline('highlight')).toBe(
      `${path('POL').getAttribute('d')}${path('ITA').getAttribute('d')}`,
    );
    map.setSelected(null);
    expect(outline('selected')).toBe('');
  });

  it('dims, patterns and conceals through the fills', () => {
    const colour = path('FRA').getAttribute('fill');
    expect(colour).not.toBe(NEUTRAL_COLOR);
    map.setDimmed(['FRA']);
    expect(path('FRA').getAttribute('fill')).toBe(NEUTRAL_COLOR);
    map.setDimmed([]);
    map.setDisplay({ ...DEFAULT_DISPLAY, patterns: true });
    expect(path('FRA').getAttribute('fill')).toMatch(/^url\(#pattern-/);
    map.setDisplay({ ...DEFAULT_DISPLAY, concealed: true });
    expect(path('FRA').getAttribute('fill')).toBe(NEUTRAL_COLOR);
    expect(
      container.querySelector('text[data-iso3="FRA"]')!.closest('g')!.getAttribute('display'),
    ).toBe('none');
  });

  it('picks the country under a press, and a drag pans instead of picking', () => {
    const clicked = vi.fn();
    const moved = vi.fn();
    map.onCountryClick(clicked);
    map.onMoveEnd(moved);
    pointer('pointerdown', at('FRA'));
    pointer('pointerup', at('FRA'));
    expect(clicked).toHaveBeenCalledWith('FRA');

    const start = at('DEU');
    pointer('pointerdown', start);
    pointer('pointermove', { clientX: start.clientX - 100, clientY: start.clientY });
    pointer('pointerup', { clientX: start.clientX - 100, clientY: start.clientY });
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(map.getCamera().lon).toBeGreaterThan(DEFAULT_CAMERA.lon);
    expect(moved).toHaveBeenCalledTimes(1);
  });

  it('gives path data only to the countries near the view, and a pan draws those it nears', () => {
    expect(path('FRA').getAttribute('d')).toMatch(/^M/);
    expect(path('JPN').getAttribute('d') ?? '').toBe('');
    const start = at('DEU');
    pointer('pointerdown', start);
    pointer('pointermove', { clientX: start.clientX - 1200, clientY: start.clientY });
    pointer('pointerup', { clientX: start.clientX - 1200, clientY: start.clientY });
    expect(path('JPN').getAttribute('d')).toMatch(/^M/);
  });

  it('tells the hover with the country and the pointer position', () => {
    const hover = vi.fn();
    map.onHover(hover);
    pointer('pointermove', at('POL'));
    expect(hover).toHaveBeenLastCalledWith(
      expect.objectContaining({ iso3: 'POL', name: 'Poland', x: at('POL').clientX }),
    );
  });

  it('pans and zooms by the keyboard commands and the wheel, and says where it settled', () => {
    const moved = vi.fn();
    map.onMoveEnd(moved);
    map.panBy(120, 0);
    expect(map.getCamera().lon).toBeGreaterThan(DEFAULT_CAMERA.lon);
    map.zoomBy(1);
    expect(map.getCamera().zoom).toBeCloseTo(DEFAULT_CAMERA.zoom + 1, 9);
    expect(moved).toHaveBeenCalledTimes(2);
    svg().dispatchEvent(
      new WheelEvent('wheel', { deltaY: -100, clientX: 300, clientY: 300, cancelable: true }),
    );
    expect(map.getCamera().zoom).toBeGreaterThan(DEFAULT_CAMERA.zoom + 1);
  });
});

describe('the app without WebGL', () => {
  it('uses the SVG map with its note, panned and zoomed by the keys', async () => {
    window.history.replaceState(null, '', '/#map=4/50/10');
    stubFetch();
    const { store, camera } = storeFromUrl(window.location);
    const noWebGL = () => Promise.reject(new WebGLUnavailableError('test'));
    render(
      <AppProviders
        queryClient={createQueryClient({ retry: false })}
        store={store}
        mapAdapterFactory={noWebGL}
      >
        <App initialCamera={camera} />
      </AppProviders>,
    );
    expect(await screen.findByRole('note')).toHaveTextContent(/Simpler map.*no WebGL 2/);
    expect(screen.queryByRole('alert')).toBeNull();
    const mapWidget = screen.getByRole('application', { name: 'Map of commitments' });
    await waitFor(() => expect(mapWidget.querySelector('path[data-iso3]')).not.toBeNull());
    const cam = () =>
      window.location.hash.slice(5).split('/').map(Number) as [number, number, number];
    // Keys straight on the map widget (focusing it would first bring a country into view).
    const before = cam();
    fireEvent.keyDown(mapWidget, { key: 'ArrowRight', shiftKey: true });
    await waitFor(() => expect(cam()[2]).toBeGreaterThan(before[2]));
    fireEvent.keyDown(mapWidget, { key: '+' });
    await waitFor(() => expect(cam()[0]).toBe(before[0] + 1));
  });
});
