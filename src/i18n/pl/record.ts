import type { AreaMessages } from '../messages';
import type { record as en } from '../en/record';

export const record: AreaMessages<typeof en> = {
  'record.englishFallback': 'EN',
  'record.englishFallbackTitle':
    'Pokazano po angielsku: brak tłumaczenia tego tekstu lub jest ono nieaktualne.',
  'record.showEnglish': 'Pokaż po angielsku (tekst wzorcowy)',
  'record.showTranslation': 'Pokaż tłumaczenie',
};
