/** Pure text helpers for the panel; dates are shown as the source gives them (day or month). */
import type { Confidence, SourceFlag } from '@/datasets/schemas';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-09-04" → "4 September 2025"; "2025-03" → "March 2025". */
export function formatDate(d: string): string {
  const [y, m, day] = d.split('-');
  const month = MONTHS[Number(m) - 1] ?? m;
  return day ? `${Number(day)} ${month} ${y}` : `${month} ${y}`;
}

export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  official: 'Official: the government or leader said it',
  reported: 'Reported by major outlets, not confirmed by the government',
  inferred: 'Inferred from attendance or other indirect evidence',
};

export const FLAG_LABEL: Record<SourceFlag, string> = {
  'state-media': 'Russian state media',
  'pro-kremlin': 'pro-Kremlin aggregator',
  aggregator: 'low-quality aggregator',
  mirror: 'copy or mirror of another site',
};

const LANGS: Record<string, string> = {
  en: 'English',
  fr: 'French',
  de: 'German',
  it: 'Italian',
  es: 'Spanish',
  pt: 'Portuguese',
  pl: 'Polish',
  cs: 'Czech',
  hr: 'Croatian',
  sr: 'Serbian',
  is: 'Icelandic',
  nl: 'Dutch',
  ro: 'Romanian',
  sl: 'Slovenian',
  lb: 'Luxembourgish',
  uk: 'Ukrainian',
  ru: 'Russian',
  da: 'Danish',
  sv: 'Swedish',
  no: 'Norwegian',
  nb: 'Norwegian',
  fi: 'Finnish',
  et: 'Estonian',
  lv: 'Latvian',
  lt: 'Lithuanian',
  el: 'Greek',
  bg: 'Bulgarian',
  tr: 'Turkish',
  ja: 'Japanese',
  hu: 'Hungarian',
  sk: 'Slovak',
  ga: 'Irish',
};
export const languageName = (code: string) => LANGS[code] ?? code;
