import type { AreaMessages } from '../messages';
import type { record as en } from '../en/record';

export const record: AreaMessages<typeof en> = {
  'record.englishFallback': 'EN',
  'record.englishFallbackTitle':
    'Affiché en anglais : la traduction de ce texte manque ou n’est plus à jour.',
  'record.showEnglish': 'Afficher l’anglais (texte de référence)',
  'record.showTranslation': 'Afficher la traduction',
};
