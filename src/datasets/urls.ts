/**
 * The data files ship as hashed static assets and are fetched at run time, so the big
 * boundaries file stays out of the JS bundle and a hand-edited file can be swapped in `dist/`.
 */
import countriesUrl from '../../data/countries.json?url';
import sourcesUrl from '../../data/sources.json?url';
import coalitionUrl from '../../data/coalition.json?url';
import boundariesUrl from '../../data/boundaries.topo.json?url';
import labelPointsUrl from '../../data/label-points.geojson?url';
import correctionsUrl from '../../data/corrections.json?url';

export const DATA_URLS = {
  countries: countriesUrl,
  sources: sourcesUrl,
  coalition: coalitionUrl,
  boundaries: boundariesUrl,
  labelPoints: labelPointsUrl,
  corrections: correctionsUrl,
} as const;

/** The record's translations (data/i18n/<lang>/record.json), one file per language. */
const recordTranslationUrls = import.meta.glob<string>('../../data/i18n/*/record.json', {
  query: '?url',
  import: 'default',
  eager: true,
});
export const recordTranslationUrl = (lang: string): string | undefined =>
  recordTranslationUrls[`../../data/i18n/${lang}/record.json`];
