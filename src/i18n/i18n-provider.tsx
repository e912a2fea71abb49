/**
 * Puts the reader's language in context: react-intl's provider with the language's catalogue,
 * and `<html lang>`. A catalogue not yet loaded keeps the previous language on screen until it
 * arrives (no flash of English); one that cannot load leaves English and says so.
 */
import { useEffect, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { useQuery, keepPreviousData } from '@tanstack/react-query';
import { loadCatalogue, loadedCatalogue } from './catalogues';
import { intlLocale, type Lang } from './langs';
import { en } from './en';

interface Props {
  lang: Lang;
  /** Told when a catalogue cannot be loaded (offline before the language was ever used). */
  onLoadError?: (lang: Lang) => void;
  children: ReactNode;
}

export function I18nProvider({ lang, onLoadError, children }: Props) {
  const query = useQuery({
    queryKey: ['catalogue', lang],
    queryFn: async () => ({ lang, messages: await loadCatalogue(lang) }),
    initialData: () => {
      const messages = loadedCatalogue(lang);
      return messages ? { lang, messages } : undefined;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
    placeholderData: keepPreviousData,
  });
  const failed = query.isError;
  useEffect(() => {
    if (failed) onLoadError?.(lang);
  }, [failed, lang, onLoadError]);
  const shown = failed || !query.data ? { lang: 'en' as const, messages: en } : query.data;
  // The page's language and title (what a screen reader announces first) follow the reader's.
  useEffect(() => {
    document.documentElement.lang = shown.lang;
    document.title = shown.messages['app.documentTitle'];
  }, [shown.lang, shown.messages]);
  return (
    <IntlProvider
      locale={intlLocale(shown.lang)}
      defaultLocale="en-GB"
      messages={shown.messages}
      // A message missing from a catalogue is a type error; at run time it falls back to its id.
      onError={(e) => {
        if (import.meta.env.DEV) console.warn(e.message);
      }}
    >
      {children}
    </IntlProvider>
  );
}
