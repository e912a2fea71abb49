/**
 * Printing the handout. "Print handout", Ctrl+P and the browser's own print menu all mount the
 * handout with the map drawn for the page as vector SVG (svg-picture.ts: crisp at any DPI, with
 * patterns, since paper is black and white), the reader's own display and address untouched.
 * The browser's menu cannot wait: it gets the vector map if its code is loaded (it preloads
 * once the map is idle), else the map as last drawn on screen. The handout exists only while
 * printing.
 */
import { flushSync } from 'react-dom';
import type { AppStore } from '@/store/app-store';
import type { MapPort } from '@/ports/map-port';

const image = (canvas: HTMLCanvasElement | null) => {
  try {
    return canvas ? canvas.toDataURL('image/png') : null;
  } catch {
    return null; // a canvas that cannot be read: the handout prints without the map
  }
};

/**
 * The handout's map, drawn for the page: the map column of an A4 page (≈ 133 × 101 mm, i.e.
 * 500 × 380 CSS px at 96 px/in), names at 11 CSS px = 8.25 pt — the screen capture it replaced
 * printed them at ~5 pt, and from a lesson (a wide, short map) as a thin strip.
 */
export const PRINT_MAP_PICTURE = { width: 500, height: 380, labelSize: 11, patterns: true };

const svgImage = (markup: string | null) =>
  markup && `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;

/** The one print command: the button and Ctrl+P both call it. */
export async function printHandout(store: AppStore, map: MapPort): Promise<void> {
  if (store.getState().printJob) return;
  // No map yet (still loading): the handout prints without it and says so.
  const markup = await map.vector(PRINT_MAP_PICTURE).catch(() => null);
  flushSync(() => store.getState().actions.printStarted(svgImage(markup)));
  window.print();
}

/** beforeprint/afterprint: a print from the browser's menu, and the end of any print. */
export function watchBrowserPrint(store: AppStore, map: MapPort): () => void {
  const before = () => {
    if (store.getState().printJob) return; // started by printHandout, image taken already
    // Synchronously, so the handout is in the page the browser prints.
    const mapImage = svgImage(map.vectorNow(PRINT_MAP_PICTURE)) ?? image(map.canvas());
    flushSync(() => store.getState().actions.printStarted(mapImage));
  };
  const after = () => store.getState().actions.printEnded();
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}
