/**
 * CSV export (RFC 4180): fields with a comma, quote, newline or edge space are quoted and
 * quotes doubled. A field that a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe, the usual guard against CSV injection. The header and the type labels are
 * in the reader's language; the values are the record's as the dataset holds them (ids, ISO dates).
 */
import type { MessageId, Translate } from '@/i18n';
import { typeLabelId } from '@/theme/palette';
import type { TableRow } from './table-rows';

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const HEADER_IDS: readonly MessageId[] = [
  'views.csv.iso3',
  'views.csv.country',
  'views.csv.type',
  'views.csv.typeLabel',
  'views.csv.confidence',
  'views.csv.mainCondition',
  'views.csv.asOf',
  'views.csv.sources',
  'views.csv.sourceUrls',
];

/** The column names, in the reader's language. */
export const csvHeader = (t: Translate): string[] => HEADER_IDS.map((id) => t(id));

export function rowsToCsv(rows: readonly TableRow[], t: Translate): string {
  const lines = rows.map((r) =>
    [
      r.iso3,
      r.name,
      r.type ?? '',
      r.type ? t(typeLabelId(r.type)) : '',
      r.confidence ?? '',
      r.mainCondition,
      r.asOf ?? '',
      r.sources.map((s) => `${s.publisher}${s.date ? ` (${s.date})` : ''}`).join('; '),
      r.sources.map((s) => s.url).join(' '),
    ]
      .map(csvField)
      .join(','),
  );
  return [csvHeader(t).map(csvField).join(','), ...lines].join('\r\n') + '\r\n';
}

/** Starts a download of the CSV (a blob: URL, released right after). */
export function downloadCsv(csv: string, filename: string) {
  const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
