import { describe, expect, it } from 'vitest';
import { csvField, rowsToCsv, CSV_HEADER } from '@/features/table/csv';
import { sortRows, tableRows, type TableRow } from '@/features/table/table-rows';
import { buildDataset } from '@/datasets/dataset';
import { CoalitionFile, CountriesFile, SourcesFile } from '@/datasets/schemas';
import countries from '../../data/countries.json';
import sources from '../../data/sources.json';
import coalition from '../../data/coalition.json';

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
    const csv = rowsToCsv(rows);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines).toHaveLength(rows.length + 1);
    const fra = lines.find((l) => l.startsWith('FRA,'))!;
    expect(fra).toContain(',troops,');
    expect(fra).toMatch(/https:\/\//);
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
