import type { AreaMessages } from '../messages';
import type { record as en } from '../en/record';

export const record: AreaMessages<typeof en> = {
  'record.englishFallback': 'EN',
  'record.englishFallbackTitle':
    'Auf Englisch angezeigt: Die Übersetzung dieses Textes fehlt oder ist veraltet.',
  'record.showEnglish': 'Englisch anzeigen (Referenztext)',
  'record.showTranslation': 'Übersetzung anzeigen',
};
