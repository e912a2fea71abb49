/**
 * Words for the view on screen, shared by the exported image and the printed handout: a
 * title, what is shown, the "as of" line and the source line, in the reader's language. Read
 * from the data, never typed.
 */
import type { Dataset } from '@/datasets/dataset';
import type { AppState } from '@/store/app-store';
import type { Formatter, Lang, Translate } from '@/i18n';
import { typeLabelId } from '@/theme/palette';

type ViewState = Pick<AppState, 'asOf' | 'shownTypes' | 'selectedIso3'>;

export function asOfLine(dataset: Dataset, asOf: string | null, t: Translate, f: Formatter) {
  const summit = dataset.coalition.summit.date;
  if (!asOf) return t('views.export.asOfLatest');
  return t(asOf === summit ? 'views.export.asOfSummit' : 'views.export.asOf', {
    date: f.date(asOf),
  });
}

export function viewSubtitle(
  dataset: Dataset,
  s: ViewState,
  t: Translate,
  f: Formatter,
  stepTitle?: string,
): string {
  const parts: string[] = [];
  if (stepTitle) parts.push(stepTitle);
  parts.push(
    s.shownTypes.length === 0
      ? t('views.export.allTypes')
      : t('views.export.showing', {
          types: f.list(s.shownTypes.map((type) => t(typeLabelId(type)))),
        }),
  );
  const country = s.selectedIso3 && dataset.byIso3.get(s.selectedIso3);
  if (country)
    parts.push(t('views.export.selected', { country: f.countryName(country.iso3, country.name) }));
  return parts.join(' · ');
}

/**
 * The address of this view for a handout or image, without the presenter-window flag, and with
 * the language it is read in (`shareLang`, selectors.ts) so whoever scans or types it gets the
 * same language.
 */
export function viewLink(href: string, lang: Lang | null = null): string {
  const url = new URL(href);
  url.searchParams.delete('presenter');
  if (lang) url.searchParams.set('lang', lang);
  return url.href.replace(/%2C/g, ',');
}
