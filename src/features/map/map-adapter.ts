/**
 * What the app needs from a map, and nothing more. The MapLibre implementation lives in
 * maplibre-adapter.ts (the only importer of maplibre-gl, loaded lazily in its own chunk); the dom
 * tests use a fake with the same shape.
 */
import type { MapData } from '@/datasets/join';
import type { Camera } from '@/store/url-state';
import type { Bounds, SnapshotOptions, VectorPicture } from '@/ports/map-port';

export interface HoverInfo {
  iso3: string;
  name: string;
  type?: string;
  /** Pointer position in the map container, CSS pixels. */
  x: number;
  y: number;
}

export interface MapAdapter {
  /** Replaces the countries and labels (first call adds the layers). */
  setData(data: MapData): void;
  /**
   * Countries drawn neutral because the legend filter hides their type, and `muted` ones drawn
   * faded but named: Ukraine and Russia, kept as the reader's reference under any filter.
   */
  setDimmed(iso3s: readonly string[], muted?: readonly string[]): void;
  setSelected(iso3: string | null): void;
  /**
   * Moves the camera only if the country is off-screen (the camera otherwise stays put). A list
   * (the map edge's "more" buttons, "Show all") is the reader moving the map: if any of them is
   * off-screen the camera fits them all, and a lesson step's bounds are no longer kept.
   */
  revealCountry(iso3: string | readonly string[]): void;
  getCamera(): Camera;
  /** Moves the camera there at once (the handover from the SVG map to MapLibre: handover.ts). */
  jumpTo(camera: Camera): void;
  /** Resolves once the countries are on screen in their colours, with their names. */
  drawn(): Promise<void>;
  /** Keyboard focus on the map: an outline distinct from hover and selection. */
  setFocused(iso3: string | null): void;
  /** Countries a lesson step points at (a thick outline). */
  setHighlighted(iso3s: readonly string[]): void;
  /**
   * Moves the camera to [west, south, east, north] (jumps when motion is reduced) and keeps them
   * in view while the layout resizes the map; `null` (the lesson ended) stops keeping them.
   */
  fitBounds(bounds: Bounds | null): void;
  /** The bounds `fitBounds` keeps now, if the reader has not moved the map since. */
  keptBounds(): Bounds | null;
  /** What the map shows now as bounds to fit again: the kept ones, else the view (view-bounds.ts). */
  viewBounds(): Bounds;
  /** How the map is drawn: patterns for black-and-white, projector weight, dark theme, and
   * `concealed` (every fill neutral, so a class can guess before the reveal). */
  setDisplay(display: MapDisplay): void;
  /** Keyboard panning and zooming (MapLibre's own keys are off: arrows move between countries). */
  panBy(dx: number, dy: number): void;
  zoomBy(delta: number): void;
  /**
   * The map as drawn now (after pending renders), for image export and the handout; `options`
   * override the display for this image only (a print reads in black and white).
   */
  snapshot(options?: SnapshotOptions): Promise<HTMLCanvasElement>;
  /** The canvas as last drawn, without waiting (the browser's own print cannot wait). */
  canvas(): HTMLCanvasElement;
  /**
   * The map drawn afresh as SVG markup at the picture's size (svg-picture.ts, whatever renders
   * the screen): the handout's vector map. Null before the data arrives.
   */
  vector(picture: VectorPicture): Promise<string | null>;
  /** The same without waiting: null while svg-picture's chunk has not loaded (it preloads). */
  vectorNow(picture: VectorPicture): string | null;
  /** Country under a click, or null for the sea. */
  onCountryClick(cb: (iso3: string | null) => void): () => void;
  onHover(cb: (info: HoverInfo | null) => void): () => void;
  /** Fires when the camera has settled after a move. */
  onMoveEnd(cb: (camera: Camera) => void): () => void;
  /** The words of the map's own controls, when the reader changes language. */
  setMessages(messages: MapMessages): void;
  destroy(): void;
}

/** The words of a map's own controls (zoom buttons, attribution), in the reader's language. */
export interface MapMessages {
  /** The map canvas's own name (MapLibre's). */
  map: string;
  zoomIn: string;
  zoomOut: string;
  attributionToggle: string;
  attribution: string;
}

export interface MapDisplay {
  patterns: boolean;
  projector: boolean;
  theme: 'light' | 'dark';
  concealed: boolean;
}
export const DEFAULT_DISPLAY: MapDisplay = {
  patterns: false,
  projector: false,
  theme: 'light',
  concealed: false,
};

export interface MapAdapterOptions {
  container: HTMLElement;
  camera: Camera | null;
  /** Absolute URLs of the label font files (same origin). */
  fontUrls: MapFontUrls;
  reducedMotion: boolean;
  /** The controls' words at the start (`setMessages` changes them). */
  messages: MapMessages;
}

/** The label font, Noto Sans, in the subsets the five languages' country names need. */
export interface MapFontUrls {
  latin: string;
  latinExt: string;
  cyrillic: string;
}

/**
 * Async because the real adapter's chunk (MapLibre, ~800 KB) loads after the shell. `preload`
 * fetches and compiles a factory's code without starting a map (use-map-adapters.ts).
 */
export type MapAdapterFactory = ((options: MapAdapterOptions) => Promise<MapAdapter>) & {
  preload?: () => Promise<unknown>;
};

export class WebGLUnavailableError extends Error {
  constructor(detail: string) {
    super(`This browser cannot draw the map (WebGL 2 is not available: ${detail}).`);
    this.name = 'WebGLUnavailableError';
  }
}

/** Europe with Ukraine in view: the opening camera when the URL has none. */
export const DEFAULT_CAMERA: Camera = { zoom: 3.2, lat: 51, lon: 18 };
