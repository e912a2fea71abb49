/**
 * Dates, numbers, lists and names in the reader's language, from the platform (Intl): no
 * hand-kept tables to drift. One formatter per language, built once.
 */
import { intlLocale, type Lang } from './langs';
import { alpha2 } from './region-codes';

const parts = (d: string) => d.split('-').map(Number) as [number, number, number?];
const utc = (y: number, m: number, day = 1) => new Date(Date.UTC(y, m - 1, day));

export interface Formatter {
  readonly lang: Lang;
  /** "2025-09-04" → "4 September 2025"; "2025-03" → "March 2025" (never a day the source lacks). */
  date(d: string): string;
  /** "4 Sept 2025", "Mar 2025": for narrow columns. */
  shortDate(d: string): string;
  /** "4–6 Sept 2025": a span of days (the platform's range format). */
  span(first: string, last: string): string;
  number(n: number): string;
  /** "France, Germany and Italy" in the reader's language. */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  /** A language's name ("fr" → "French", "französisch"…). */
  languageName(code: string): string;
  /** A country's name from its ISO alpha-3 code, else `fallback` (the record's English name). */
  countryName(iso3: string, fallback: string): string;
  /** Sorts names the way the reader's alphabet does. */
  compare(a: string, b: string): number;
}

function build(lang: Lang): Formatter {
  const locale = intlLocale(lang);
  const dateFormat = (month: 'long' | 'short', day: boolean) =>
    new Intl.DateTimeFormat(locale, {
      ...(day ? { day: 'numeric' } : {}),
      month,
      year: 'numeric',
      timeZone: 'UTC',
    });
  const long = dateFormat('long', true);
  const longMonth = dateFormat('long', false);
  const short = dateFormat('short', true);
  const shortMonth = dateFormat('short', false);
  const format = (d: string, withDay: Intl.DateTimeFormat, monthOnly: Intl.DateTimeFormat) => {
    const [y, m, day] = parts(d);
    return (day ? withDay : monthOnly).format(utc(y, m, day));
  };
  const numbers = new Intl.NumberFormat(locale);
  const languages = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const collator = new Intl.Collator(locale);
  return {
    lang,
    date: (d) => format(d, long, longMonth),
    shortDate: (d) => format(d, short, shortMonth),
    span: (a, b) => short.formatRange(utc(...parts(a)), utc(...parts(b))),
    number: (n) => numbers.format(n),
    list: (items, type = 'conjunction') => new Intl.ListFormat(locale, { type }).format(items),
    languageName: (code) => languages.of(code) ?? code,
    // English keeps the record's own names (the reference text: "Czech Republic" as written).
    countryName: (iso3, fallback) => {
      const code = lang === 'en' ? undefined : alpha2(iso3);
      return (code && regions.of(code)) || fallback;
    },
    compare: (a, b) => collator.compare(a, b),
  };
}

const formatters = new Map<Lang, Formatter>();
export function formatterFor(lang: Lang): Formatter {
  let f = formatters.get(lang);
  if (!f) formatters.set(lang, (f = build(lang)));
  return f;
}
