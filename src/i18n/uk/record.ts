import type { AreaMessages } from '../messages';
import type { record as en } from '../en/record';

export const record: AreaMessages<typeof en> = {
  'record.englishFallback': 'EN',
  'record.englishFallbackTitle':
    'Показано англійською: переклад цього тексту відсутній або застарів.',
  'record.showEnglish': 'Показати англійською (текст-еталон)',
  'record.showTranslation': 'Показати переклад',
};
