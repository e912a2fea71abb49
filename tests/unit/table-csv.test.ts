import { describe, expect, it } from 'vitest';
import { csvField, csvHeader, rowsToCsv } from '@/features/table/csv';
import { sortRows, tableRows, type TableRow } from '@/features/table/table-rows';
import { buildDataset } from '@/datasets/dataset';
import { CoalitionFile, CountriesFile, SourcesFile } from '@/datasets/schemas';
import countries from '../../data/countries.json';
import sources from '../../data/sources.json';
import coalition from '../../data/coalition.json';
import type { Translate } from '@/i18n';
import { intlFor } from '../support/say';
import { formatterFor } from '@/i18n/format';

const translator =
  (lang: 'en' | 'de'): Translate =>
  (id, values) =>
    intlFor(lang).formatMessage({ id }, values);
const t = translator('en');

const dataset = buildDataset(
  CountriesFile.parse(countries),
  SourcesFile.parse(sources),
  CoalitionFile.parse(coalition),
);

describe('CSV export', () => {
  it('escapes commas, quotes, newlines and edge spaces; leaves plain text alone', () => {
    expect(csvField('France')).toBe('France');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvField('x\r\n')).toBe('"x\r\n"');
    expect(csvField(' padded')).toBe('" padded"');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@sum')).toBe("'@sum");
  });

  it('writes a header and one line per row, with the source URLs', () => {
    const rows = tableRows(dataset, { asOf: null, shownTypes: ['troops'], search: '' });
    const csv = rowsToCsv(rows, t);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'iso3,country,type,type_label,confidence,main_condition,as_of,sources,source_urls',
    );
    expect(lines).toHaveLength(rows.length + 1);
    const fra = lines.find((l) => l.startsWith('FRA,'))!;
    expect(fra).toContain(',troops,');
    expect(fra).toMatch(/https:\/\//);
    expect(fra).toContain(',Troops in or over Ukraine,');
  });

  it('writes the header and the type labels in the reader’s language, the values as the data holds them', () => {
    const de = translator('de');
    const rows = tableRows(dataset, { asOf: null, shownTypes: ['troops'], search: '' });
    const lines = rowsToCsv(rows, de).trimEnd().split('\r\n');
    expect(lines[0]).toBe(csvHeader(de).join(','));
    expect(lines[0]).not.toBe(csvHeader(t).join(','));
    const fra = lines.find((l) => l.startsWith('FRA,'))!;
    expect(fra).toContain(',troops,');
    expect(fra).toContain(`,${de('type.troops')},`);
  });
});

describe('table rows', () => {
  it('follow the filter and the search', () => {
    expect(tableRows(dataset, { asOf: null, shownTypes: [], search: '' })).toHaveLength(
      dataset.countries.length,
    );
    const outside = tableRows(dataset, { asOf: '2025-09-04', shownTypes: ['outside'], search: '' });
    expect(outside.map((r) => r.iso3)).toContain('POL');
    expect(outside.every((r) => r.type === 'outside')).toBe(true);
    expect(
      tableRows(dataset, { asOf: null, shownTypes: [], search: 'turkiye' }).map((r) => r.iso3),
    ).toEqual(['TUR']);
  });

  it('show and find a country by its name in the reader’s language, or the record’s', () => {
    const { countryName } = formatterFor('de');
    const find = (search: string) =>
      tableRows(dataset, { asOf: null, shownTypes: [], search, nameOf: countryName });
    expect(find('Frankreich').map((r) => [r.iso3, r.name])).toEqual([['FRA', 'Frankreich']]);
    expect(find('France').map((r) => r.iso3)).toEqual(['FRA']);
  });

  it('sort by each column both ways, ties by name', () => {
    const rows = tableRows(dataset, { asOf: null, shownTypes: [], search: '' });
    const names = (rs: TableRow[]) => rs.map((r) => r.name);
    const byName = names(sortRows(rows, { key: 'name', dir: 'ascending' }));
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names(sortRows(rows, { key: 'name', dir: 'descending' }))).toEqual(
      [...byName].reverse(),
    );
    const byType = sortRows(rows, { key: 'type', dir: 'ascending' });
    expect(byType[0]!.type).toBe('troops');
    expect(byType.at(-1)!.type).toBe('opposed');
    const byDate = sortRows(rows, { key: 'asOf', dir: 'descending' });
    expect(byDate[0]!.asOf! >= byDate.at(-1)!.asOf!).toBe(true);
  });
});
