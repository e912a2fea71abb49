/**
 * What other features may ask of the map without importing it: fit a lesson step's bounds, the
 * bounds it shows now (the builder's "Add this view"), and the map as an image (export, handout). The map feature attaches its adapter when it exists;
 * a request made before that (a step from a link, while MapLibre is still loading) waits for it.
 */
import { createContext, useContext } from 'react';
import type { CommitmentTypeId } from '@/datasets/schemas';

export type Bounds = readonly [number, number, number, number];
/** Display options a snapshot may override for itself only (a print reads in black and white). */
export interface SnapshotOptions {
  patterns?: boolean;
  /**
   * Draw the map afresh at this size (CSS px) and pixel ratio, with names of `labelSize` CSS
   * px, instead of copying the screen: a picture has its own shape and its own text size.
   */
  picture?: { width: number; height: number; pixelRatio: number; labelSize: number };
}

/** The map as vector SVG of its own size (the handout): crisp at any DPI. */
export interface VectorPicture {
  width: number;
  height: number;
  /** Country names, CSS px of the picture. */
  labelSize: number;
  patterns?: boolean;
  /** Another view than the screen's (a lesson's step printed on its own page). */
  view?: PictureView;
}

/** A view of the map drawn for a picture only: the screen's map and address stay as they are. */
export interface PictureView {
  /** Each country's type on the view's date (a country absent has none). */
  types: Readonly<Record<string, CommitmentTypeId>>;
  /** Fitted to the picture; null: the opening view of Europe. */
  bounds: Bounds | null;
  selected: string | null;
  highlighted: readonly string[];
  dimmed: readonly string[];
  muted: readonly string[];
  /** Outlines only, no type colour or pattern: the worksheet's map the class fills in. */
  blank?: boolean;
}

export interface MapTarget {
  fitBounds(bounds: Bounds | null): void;
  viewBounds(): Bounds;
  snapshot(options?: SnapshotOptions): Promise<HTMLCanvasElement>;
  canvas(): HTMLCanvasElement;
  /** SVG markup of the map (null before its data arrives). */
  vector(picture: VectorPicture): Promise<string | null>;
  /** The same without waiting: null while the code that draws it has not loaded. */
  vectorNow(picture: VectorPicture): string | null;
}

export interface MapPort {
  /** Moves to and keeps these bounds; null stops keeping them (the lesson ended). */
  fitBounds(bounds: Bounds | null): void;
  /** What the map shows now, as bounds `fitBounds` shows again (a builder's step); null: no map. */
  viewBounds(): Bounds | null;
  /** The map as drawn, after pending renders; rejects when there is no map. */
  snapshot(options?: SnapshotOptions): Promise<HTMLCanvasElement>;
  /** The map as last drawn, synchronously (a print from the browser's menu cannot wait). */
  canvas(): HTMLCanvasElement | null;
  /** The map as SVG markup drawn for a picture; null when there is no map or data yet. */
  vector(picture: VectorPicture): Promise<string | null>;
  /** The same, synchronously (a print from the browser's menu); null when it cannot be drawn now. */
  vectorNow(picture: VectorPicture): string | null;
  attach(target: MapTarget | null): void;
}

export function createMapPort(): MapPort {
  let target: MapTarget | null = null;
  let pending: { bounds: Bounds | null } | null = null;
  return {
    fitBounds(bounds) {
      if (target) target.fitBounds(bounds);
      else pending = { bounds };
    },
    viewBounds: () => target?.viewBounds() ?? null,
    snapshot(options) {
      return target ? target.snapshot(options) : Promise.reject(new Error('the map is not ready'));
    },
    canvas: () => target?.canvas() ?? null,
    vector: async (picture) => (target ? target.vector(picture) : null),
    vectorNow: (picture) => target?.vectorNow(picture) ?? null,
    attach(next) {
      target = next;
      if (next && pending) next.fitBounds(pending.bounds);
      if (next) pending = null;
    },
  };
}

export const MapPortContext = createContext<MapPort | null>(null);
export function useMapPort(): MapPort {
  const port = useContext(MapPortContext);
  if (!port) throw new Error('useMapPort must be used inside <AppProviders>');
  return port;
}
