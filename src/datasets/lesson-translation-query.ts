/**
 * A built-in lesson's words in one language (data/i18n/<lang>/lessons/<id>.json), loaded only
 * for a class in that language. None for English, nor for a teacher's own lesson (written in
 * the teacher's language, it is shown as written).
 */
import { queryOptions } from '@tanstack/react-query';
import { fetchDataFile } from './load';
import { RecordTranslationFile } from './record-translations';

const urls = import.meta.glob<string>('../../data/i18n/*/lessons/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

export const lessonTranslationUrl = (lang: string, id: string): string | undefined =>
  urls[`../../data/i18n/${lang}/lessons/${id}.json`];

export const lessonTranslationQuery = (lang: string, id: string) =>
  queryOptions({
    queryKey: ['data', 'lesson-translation', lang, id] as const,
    queryFn: ({ signal }) => {
      const url = lessonTranslationUrl(lang, id);
      if (!url) return null;
      return fetchDataFile(`i18n/${lang}/lessons/${id}.json`, url, RecordTranslationFile, signal);
    },
    staleTime: Infinity,
    enabled: lang !== 'en' && lessonTranslationUrl(lang, id) !== undefined,
  });
