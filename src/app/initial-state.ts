import { createAppStore } from '@/store/app-store';
import { fromUrl } from '@/store/url';
import { preferredLang } from '@/i18n/langs';

/**
 * Reads the URL once, before any sync can write it, and builds the store from it, with the
 * first of the browser's preferred languages the app speaks.
 */
export function storeFromUrl(
  location: Pick<Location, 'search' | 'hash'>,
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
) {
  const { fields, camera, notices } = fromUrl(location.search, location.hash);
  return {
    store: createAppStore({ ...fields, notices, browserLang: preferredLang(languages) }),
    camera,
  };
}
