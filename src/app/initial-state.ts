import { createAppStore } from '@/store/app-store';
import { fromUrl } from '@/store/url';

/** Reads the URL once, before any sync can write it, and builds the store from it. */
export function storeFromUrl(location: Pick<Location, 'search' | 'hash'>) {
  const { fields, camera, notices } = fromUrl(location.search, location.hash);
  return { store: createAppStore({ ...fields, notices }), camera };
}
