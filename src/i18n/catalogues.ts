/**
 * One catalogue per language, loaded on demand: English is in the main bundle (the reference
 * and the fallback); every other language is its own chunk, so a reader pays for one language.
 */
import { en } from './en';
import type { Lang } from './langs';
import type { Catalogue } from './messages';

const loaders: Record<Exclude<Lang, 'en'>, () => Promise<{ default: Catalogue }>> = {
  fr: () => import('./fr'),
  de: () => import('./de'),
  uk: () => import('./uk'),
  pl: () => import('./pl'),
};

const loaded = new Map<Lang, Catalogue>([['en', en]]);
const pending = new Map<Lang, Promise<Catalogue>>();

/** The catalogue if it is already here (no flash of English when it is). */
export const loadedCatalogue = (lang: Lang): Catalogue | undefined => loaded.get(lang);

export function loadCatalogue(lang: Lang): Promise<Catalogue> {
  const have = loaded.get(lang);
  if (have) return Promise.resolve(have);
  if (lang === 'en') return Promise.resolve(en);
  let p = pending.get(lang);
  if (!p) {
    p = loaders[lang]().then(
      (m) => {
        loaded.set(lang, m.default);
        return m.default;
      },
      (e: unknown) => {
        pending.delete(lang); // a later try may succeed (back online)
        throw e;
      },
    );
    pending.set(lang, p);
  }
  return p;
}
