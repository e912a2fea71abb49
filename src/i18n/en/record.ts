/**
 * Messages of the record area: the country panel (src/features/panel), the commitment types,
 * confidence levels, source flags and the words for the data's values (datasets/vocabulary,
 * theme/palette), and the record's English marks (components/record-text).
 */
export const record = {
  'record.englishFallback': 'EN',
  'record.englishFallbackTitle':
    'Shown in English: the translation of this text is missing or out of date.',
  'record.showEnglish': 'Show the English (reference text)',
  'record.showTranslation': 'Show the translation',
} as const;
