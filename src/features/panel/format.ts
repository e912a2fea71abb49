/** Pure text helpers for the panel; dates are shown as the source gives them (day or month). */
import type { Confidence } from '@/datasets/schemas';

export { formatDate } from '@/datasets/dates';

export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  official: 'Official: the government or leader said it',
  reported: 'Reported by major outlets, not confirmed by the government',
  inferred: 'Inferred from attendance or other indirect evidence',
};

export { FLAG_LABEL } from '@/datasets/source-flags';

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
