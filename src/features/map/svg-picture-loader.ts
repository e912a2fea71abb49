/**
 * svg-picture.ts on demand: the MapLibre adapter needs it only to print, so it comes in the SVG
 * map's chunk (d3-geo) after the map is idle; a print from the browser's own menu cannot wait
 * for a download, so once loaded the module is kept for synchronous use.
 */
import type { VectorPicture } from '@/ports/map-port';
import type { PictureRequest } from './svg-picture';

type PictureModule = typeof import('./svg-picture');
let loaded: PictureModule | null = null;

export const loadPicture = (): Promise<PictureModule> =>
  import('./svg-picture').then((m) => (loaded = m));

/** The adapter's side of a picture: its data, camera, flags and display, read when asked. */
export type PictureSource = (picture: VectorPicture) => PictureRequest | null;

/** Both MapAdapter methods for a source: `vector` loads the code, `vectorNow` cannot wait. */
export function vectorMethods(source: PictureSource) {
  return {
    async vector(picture: VectorPicture) {
      const m = await loadPicture();
      const request = source(picture);
      return request ? m.pictureMarkup(request) : null;
    },
    vectorNow(picture: VectorPicture) {
      const request = loaded && source(picture);
      return request ? loaded!.pictureMarkup(request) : null;
    },
  };
}
