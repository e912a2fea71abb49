/**
 * CSV export (RFC 4180): fields with a comma, quote, newline or edge space are quoted and
 * quotes doubled. A field that a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe, the usual guard against CSV injection.
 */
import { PALETTE } from '@/theme/palette';
import type { TableRow } from './table-rows';

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_HEADER = [
  'iso3',
  'country',
  'type',
  'type_label',
  'confidence',
  'main_condition',
  'as_of',
  'sources',
  'source_urls',
];

export function rowsToCsv(rows: readonly TableRow[]): string {
  const lines = rows.map((r) =>
    [
      r.iso3,
      r.name,
      r.type ?? '',
      r.type ? PALETTE[r.type].label : '',
      r.confidence ?? '',
      r.mainCondition,
      r.asOf ?? '',
      r.sources.map((s) => `${s.publisher}${s.date ? ` (${s.date})` : ''}`).join('; '),
      r.sources.map((s) => s.url).join(' '),
    ]
      .map(csvField)
      .join(','),
  );
  return [CSV_HEADER.join(','), ...lines].join('\r\n') + '\r\n';
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
