/**
 * Printing the handout. "Print handout" and Ctrl+P take the map with patterns (paper is black
 * and white) for the print only — the reader's own display and the address stay as they were —
 * then mount the handout and open the print dialog. A print from the browser's own menu cannot
 * wait: it gets the map as last drawn on screen. The handout exists only while printing.
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
 * 500 × 380 CSS px at 96 px/in), three times as fine for the printer, names at 11 CSS px =
 * 8.25 pt — the screen capture it replaces printed them at ~5 pt, and from a lesson (a wide,
 * short map) as a thin strip.
 */
export const PRINT_MAP_PICTURE = { width: 500, height: 380, pixelRatio: 3, labelSize: 11 };

/** The one print command: the button and Ctrl+P both call it. */
export async function printHandout(store: AppStore, map: MapPort): Promise<void> {
  if (store.getState().printJob) return;
  // No map (WebGL off, still loading): the handout prints without it and says so.
  const canvas = await map
    .snapshot({ patterns: true, picture: PRINT_MAP_PICTURE })
    .catch(() => null);
  flushSync(() => store.getState().actions.printStarted(image(canvas)));
  window.print();
}

/** beforeprint/afterprint: a print from the browser's menu, and the end of any print. */
export function watchBrowserPrint(store: AppStore, map: MapPort): () => void {
  const before = () => {
    if (store.getState().printJob) return; // started by printHandout, image taken already
    // Synchronously, so the handout is in the page the browser prints.
    flushSync(() => store.getState().actions.printStarted(image(map.canvas())));
  };
  const after = () => store.getState().actions.printEnded();
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}
