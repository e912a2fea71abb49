/**
 * The languages the app speaks (issue 15) and how one is chosen: `?lang=`, else the first of the
 * browser's preferred languages that the app speaks ("de-AT" → German), else English.
 */
export const LANGS = ['en', 'fr', 'de', 'uk', 'pl'] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (v: string): v is Lang => (LANGS as readonly string[]).includes(v);

export function preferredLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (isLang(base)) return base;
  }
  return 'en';
}

/** The locale handed to Intl: British English (day before month, as the record writes dates). */
export const intlLocale = (lang: Lang) => (lang === 'en' ? 'en-GB' : lang);

/** The language's name in itself ("Deutsch", "Українська"), for the switcher, from the platform. */
export function autonym(lang: Lang): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
