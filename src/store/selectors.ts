/**
 * Values computed from the store and the dataset, in one place: each is a pure function (the
 * store keeps only what cannot be computed), memoised where a render would repeat the work.
 */
import type { Dataset } from '@/datasets/dataset';
import { countByType, isTypeShown, matchesSearch, typeAt } from '@/datasets/dataset';
import { changesBetween, type AsOf, type TypeChange } from '@/datasets/changes';
import type { CommitmentTypeId, Country } from '@/datasets/schemas';
import { isReferenceType } from '@/theme/palette';
import type { Lang } from '@/i18n/langs';
import type { AppState } from './app-store';

/**
 * A country's type on a date: `undefined` when the country is not in the data (it stays
 * selectable whatever the filter), `null` when it is but had no position yet.
 */
export type TypeLookup = (iso3: string, date: string | null) => CommitmentTypeId | null | undefined;

export const noTypes: TypeLookup = () => undefined;

const lookups = new WeakMap<Dataset, TypeLookup>();
export function typeLookup(dataset: Dataset): TypeLookup {
  let f = lookups.get(dataset);
  if (!f) {
    f = (iso3, date) => {
      const c = dataset.byIso3.get(iso3);
      return c ? (typeAt(c, date) ?? null) : undefined;
    };
    lookups.set(dataset, f);
  }
  return f;
}

/** Whether the filter lets this country be selected: countries outside the data always are. */
export function selectable(
  iso3: string,
  s: Pick<AppState, 'shownTypes' | 'asOf'>,
  typeOf: TypeLookup,
): boolean {
  const t = typeOf(iso3, s.asOf);
  return t === undefined || isReferenceType(t) || isTypeShown(t ?? undefined, s.shownTypes);
}

type FilterState = Pick<AppState, 'asOf' | 'shownTypes'>;

/** Countries in the data whose type the filter shows on the chosen date. */
export function visibleCountries(dataset: Dataset, s: FilterState): Country[] {
  return dataset.countries.filter((c) => isTypeShown(typeAt(c, s.asOf), s.shownTypes));
}

/** ISO3 codes of the countries the filter hides (drawn neutral on the map). */
export function hiddenCountries(dataset: Dataset, s: FilterState): string[] {
  return dataset.countries
    .filter((c) => {
      const t = typeAt(c, s.asOf);
      return !isTypeShown(t, s.shownTypes) && !isReferenceType(t);
    })
    .map((c) => c.iso3);
}

/** Countries of a reference type (Ukraine, Russia) the filter leaves out: drawn muted, not hidden. */
export function mutedCountries(dataset: Dataset, s: FilterState): string[] {
  return dataset.countries
    .filter((c) => {
      const t = typeAt(c, s.asOf);
      return isReferenceType(t) && !isTypeShown(t, s.shownTypes);
    })
    .map((c) => c.iso3);
}

/** The list and the table: the filter and the search together. */
export function listedCountries(dataset: Dataset, s: FilterState & Pick<AppState, 'search'>) {
  return visibleCountries(dataset, s).filter((c) => matchesSearch(c, s.search));
}

/** Types in legend order with their counts on the date, only those the filter shows. */
export function legendRows(dataset: Dataset, s: FilterState) {
  const counts = countByType(dataset.countries, s.asOf);
  return (Object.keys(counts) as CommitmentTypeId[])
    .filter((t) => counts[t] > 0 && isTypeShown(t, s.shownTypes))
    .map((type) => ({ type, count: counts[type] }));
}

/**
 * Patterns are drawn when asked for (the display option, or P), in projector mode too: forced on
 * there they made the map busy, so the room chooses.
 */
export const patternsShown = (s: Pick<AppState, 'patterns'>) => s.patterns;

/** How the map is drawn: the one place that combines the display options. */
export function mapDisplay(
  s: Pick<AppState, 'patterns' | 'projector' | 'concealed'>,
  theme: 'light' | 'dark',
) {
  return { patterns: patternsShown(s), projector: s.projector, concealed: s.concealed, theme };
}

/** The date the change marks compare with (`null`: the latest known), or `undefined`: none. */
export const comparedDate = (s: Pick<AppState, 'compareWith'>): AsOf | undefined =>
  s.compareWith === null ? undefined : s.compareWith === 'latest' ? null : s.compareWith;

/** Countries whose type differs between the shown date and the compared one (none: []). */
export function changeMarks(dataset: Dataset, s: Pick<AppState, 'asOf' | 'compareWith'>) {
  const other = comparedDate(s);
  return other === undefined
    ? ([] as TypeChange[])
    : changesBetween(dataset.countries, other, s.asOf);
}

/** The reader's language: the one chosen (`?lang=`, the switcher), else the browser's. */
export const selectLang = (s: Pick<AppState, 'lang' | 'browserLang'>): Lang =>
  s.lang ?? s.browserLang;

/**
 * The language a shared link, QR code or export names: the one on screen, unless it is English
 * that nobody chose (then the link follows its reader's browser, as before languages existed).
 */
export const shareLang = (s: Pick<AppState, 'lang' | 'browserLang'>): Lang | null =>
  s.lang ?? (s.browserLang === 'en' ? null : s.browserLang);
