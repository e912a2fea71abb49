import { isStale } from '@/datasets/vocabulary';
import { describe, it, expect } from 'vitest';
import {
  countByType,
  foldText,
  isTypeShown,
  matchesSearch,
  positionAt,
  snapshotDates,
  typeAt,
} from '@/datasets/dataset';
import { DataFileError, describePath, formatProblem } from '@/datasets/data-error';
import { parseDataFile } from '@/datasets/load';
import { CountriesFile, type Country, type Position } from '@/datasets/schemas';

const position = (asOf: string, type: Position['type']): Position => ({
  asOf,
  type,
  basis: 'own-pledge',
  summary: `${type} as of ${asOf}`,
  offers: [],
  conditions: [],
  confidence: 'official',
  sources: ['S1'],
});
const country = (iso3: string, name: string, positions: Position[]): Country => ({
  iso3,
  name,
  languages: ['en'],
  leaders: [],
  positions,
  quotes: [],
});

const deu = country('DEU', 'Germany', [
  position('2025-09-04', 'non-military'),
  position('2026-01-06', 'outside'),
]);
const fra = country('FRA', 'France', [position('2025-09-04', 'troops')]);
const tur = country('TUR', 'Türkiye', [position('2025-10-21', 'troops-conditional')]);
const all = [deu, fra, tur];

describe('positionAt / typeAt', () => {
  it('gives the latest position for a null date', () => {
    expect(positionAt(deu, null)?.type).toBe('outside');
  });
  it('gives the position in force on a date, inclusive of its first day', () => {
    expect(typeAt(deu, '2025-09-04')).toBe('non-military');
    expect(typeAt(deu, '2025-12-31')).toBe('non-military');
    expect(typeAt(deu, '2026-01-06')).toBe('outside');
    expect(typeAt(deu, '2030-01-01')).toBe('outside');
  });
  it('is undefined before the first recorded position', () => {
    expect(positionAt(deu, '2025-09-03')).toBeUndefined();
    expect(typeAt(tur, '2025-09-04')).toBeUndefined();
  });
});

describe('countByType / snapshotDates / isTypeShown', () => {
  it('counts every type, zero included, and skips countries without a position yet', () => {
    const counts = countByType(all, '2025-09-04');
    expect(counts).toMatchObject({ troops: 1, 'non-military': 1, 'troops-conditional': 0 });
    expect(Object.values(counts).reduce((a, b) => a + b)).toBe(2);
    expect(countByType(all, null)).toMatchObject({
      troops: 1,
      outside: 1,
      'troops-conditional': 1,
    });
    expect(Object.keys(countByType([], null))).toHaveLength(10);
  });
  it('lists each change date once, sorted', () => {
    expect(snapshotDates(all)).toEqual(['2025-09-04', '2025-10-21', '2026-01-06']);
    expect(snapshotDates([])).toEqual([]);
  });
  it('shows every type for an empty filter, only the listed ones otherwise', () => {
    expect(isTypeShown('troops', [])).toBe(true);
    expect(isTypeShown(undefined, [])).toBe(true);
    expect(isTypeShown('troops', ['outside'])).toBe(false);
    expect(isTypeShown(undefined, ['outside'])).toBe(false);
  });
});

describe('matchesSearch', () => {
  it('ignores accents and case', () => {
    expect(matchesSearch(tur, 'turkiye')).toBe(true);
    expect(matchesSearch(tur, 'TÜRK')).toBe(true);
    expect(matchesSearch({ name: 'Česko', iso3: 'CZE' }, 'cesko')).toBe(true);
    expect(foldText('  Éire ')).toBe('eire');
  });
  it('finds a country by its whole ISO code, and by any part of its name', () => {
    expect(matchesSearch(fra, 'fra')).toBe(true);
    expect(matchesSearch(fra, 'FRA')).toBe(true);
    expect(matchesSearch(fra, 'ance')).toBe(true);
    expect(matchesSearch(deu, 'de')).toBe(false); // not a prefix search on ISO codes
    expect(matchesSearch(deu, 'deu')).toBe(true);
  });
  it('matches everything for an empty or blank query, nothing for a miss', () => {
    expect(matchesSearch(fra, '')).toBe(true);
    expect(matchesSearch(fra, '   ')).toBe(true);
    expect(matchesSearch(fra, 'xyz')).toBe(false);
  });
});

describe('describePath / formatProblem', () => {
  const raw = {
    countries: [
      { iso3: 'FRA', positions: [{ type: 'x' }], quotes: [{ id: 'fra-q', text: '' }] },
      { name: 'No code' },
    ],
  };
  it.each([
    [['countries', 0, 'positions', 0, 'type'], 'FRA/positions[0].type'],
    [['countries', 0, 'quotes', 0, 'text'], 'FRA/quotes[fra-q].text'],
    [['countries', 1, 'name'], 'countries[1]/name'],
    [['countries', 0], 'FRA'],
    [['summit', 'headlineQuoteId'], 'summit.headlineQuoteId'],
    [['countries', 5, 'name'], 'countries[5]/name'],
    [[], ''],
  ] as [PropertyKey[], string][])('%j → %s', (path, expected) => {
    expect(describePath(path, raw)).toBe(expected);
  });

  it('formats a problem with and without a place', () => {
    expect(formatProblem({ file: 'a.json', where: 'FRA/name', message: 'bad' })).toBe(
      'a.json: FRA/name: bad',
    );
    expect(formatProblem({ file: 'a.json', where: '', message: 'is not valid JSON' })).toBe(
      'a.json: is not valid JSON',
    );
  });

  it('parseDataFile names the file and the place, in the error and its message', () => {
    const text = JSON.stringify({
      countries: [{ ...fra, positions: [position('2025-9-4', 'troops')] }],
    });
    const error = (() => {
      try {
        parseDataFile('countries.json', text, CountriesFile);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).problems).toEqual([
      {
        file: 'countries.json',
        where: 'FRA/positions[0].asOf',
        message: 'must be a date written YYYY-MM-DD',
      },
    ]);
    expect((error as Error).message).toBe(
      'countries.json: FRA/positions[0].asOf: must be a date written YYYY-MM-DD',
    );
  });
});

describe('isStale', () => {
  it('is true only when the review date is more than six months before today', () => {
    expect(isStale('2026-07-03', '2026-12-01')).toBe(false);
    expect(isStale('2026-06-01', '2026-12-01')).toBe(false);
    expect(isStale('2026-05-31', '2026-12-01')).toBe(true);
  });
});
