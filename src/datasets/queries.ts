/**
 * One `queryOptions` factory per data file (TkDodo's query-options API): the key and the
 * parsing live together, and tests can seed or refetch a file by the same key.
 */
import { queryOptions } from '@tanstack/react-query';
import { fetchDataFile } from './load';
import { DATA_URLS, recordTranslationUrl } from './urls';
import { RecordTranslationFile } from './record-translations';
import { BoundariesData } from './boundaries-topology';
import {
  CoalitionFile,
  CorrectionsFile,
  CountriesFile,
  LabelPointsFile,
  SourcesFile,
} from './schemas';

const file = <S extends Parameters<typeof fetchDataFile>[2]>(
  key: keyof typeof DATA_URLS,
  name: string,
  schema: S,
) =>
  queryOptions({
    queryKey: ['data', key] as const,
    queryFn: ({ signal }) => fetchDataFile(name, DATA_URLS[key], schema, signal),
    staleTime: Infinity,
  });

export const countriesQuery = () => file('countries', 'countries.json', CountriesFile);
export const sourcesQuery = () => file('sources', 'sources.json', SourcesFile);
export const coalitionQuery = () => file('coalition', 'coalition.json', CoalitionFile);
export const boundariesQuery = () => file('boundaries', 'boundaries.topo.json', BoundariesData);
export const labelPointsQuery = () => file('labelPoints', 'label-points.geojson', LabelPointsFile);
/** The public corrections log, shown in the About view only, so it loads only there. */
export const correctionsQuery = () => file('corrections', 'corrections.json', CorrectionsFile);

/**
 * The record's words in one language (issue 15), loaded only for a reader of that language. A
 * language without a file is simply untranslated (every block shows in English, marked).
 */
export const recordTranslationQuery = (lang: string) =>
  queryOptions({
    queryKey: ['data', 'record-translation', lang] as const,
    queryFn: ({ signal }) => {
      const url = recordTranslationUrl(lang);
      if (!url) return null;
      return fetchDataFile(`i18n/${lang}/record.json`, url, RecordTranslationFile, signal);
    },
    staleTime: Infinity,
  });
