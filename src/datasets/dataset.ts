/**
 * The validated dataset as the app uses it, and pure queries on it. Built once per load from
 * the three parsed files; lookups are maps so a click costs nothing.
 */
import type {
  CoalitionFile,
  CommitmentTypeId,
  Country,
  CountriesFile,
  Position,
  Quote,
  Source,
  SourcesFile,
} from './schemas';
import { COMMITMENT_TYPE_IDS } from './schemas';

export interface Dataset {
  countries: readonly Country[];
  byIso3: ReadonlyMap<string, Country>;
  sources: ReadonlyMap<string, Source>;
  quotes: ReadonlyMap<string, Quote>;
  coalition: CoalitionFile;
  /**
   * Present when the record is shown in a language other than English (localise-dataset.ts):
   * who translated it, and how many of its blocks are current (the rest show the English).
   */
  translation?: RecordTranslationInfo;
}

export interface RecordTranslationInfo {
  lang: string;
  translatedBy: string;
  current: number;
  total: number;
}

export function buildDataset(
  countries: CountriesFile,
  sources: SourcesFile,
  coalition: CoalitionFile,
): Dataset {
  const quotes = new Map<string, Quote>();
  for (const c of countries.countries) for (const q of c.quotes) quotes.set(q.id, q);
  for (const q of coalition.quotes) quotes.set(q.id, q);
  return {
    countries: [...countries.countries].sort((a, b) => a.name.localeCompare(b.name, 'en')),
    byIso3: new Map(countries.countries.map((c) => [c.iso3, c])),
    sources: new Map(sources.sources.map((s) => [s.id, s])),
    quotes,
    coalition,
  };
}

/**
 * The position in force on `date` (the latest one dated on or before it); `null` date means
 * the latest known. Undefined when the country had no recorded position yet.
 */
export function positionAt(country: Country, date: string | null): Position | undefined {
  if (date === null) return country.positions[country.positions.length - 1];
  let found: Position | undefined;
  for (const p of country.positions) if (p.asOf <= date) found = p;
  return found;
}

export function typeAt(country: Country, date: string | null): CommitmentTypeId | undefined {
  return positionAt(country, date)?.type;
}

/** Every date on which some country's position changed: the snapshots a class can compare. */
export function snapshotDates(countries: readonly Country[]): string[] {
  return [...new Set(countries.flatMap((c) => c.positions.map((p) => p.asOf)))].sort();
}

export function countByType(
  countries: readonly Country[],
  date: string | null,
): Record<CommitmentTypeId, number> {
  const counts = Object.fromEntries(COMMITMENT_TYPE_IDS.map((t) => [t, 0])) as Record<
    CommitmentTypeId,
    number
  >;
  for (const c of countries) {
    const t = typeAt(c, date);
    if (t) counts[t] += 1;
  }
  return counts;
}

/** A type filter: an empty list shows every type. */
export function isTypeShown(
  type: CommitmentTypeId | undefined,
  shown: readonly CommitmentTypeId[],
) {
  return shown.length === 0 || (type !== undefined && shown.includes(type));
}

/** Lower-case, accents removed: "Türkiye" matches "turkiye", "Česko" matches "cesko". */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

export function matchesSearch(country: Pick<Country, 'name' | 'iso3'>, query: string): boolean {
  const q = foldText(query);
  if (q === '') return true;
  return foldText(country.name).includes(q) || country.iso3.toLowerCase() === q;
}
