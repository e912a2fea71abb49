import type { AreaMessages } from '../messages';
import type { record as en } from '../en/record';

export const record: AreaMessages<typeof en> = {
  'type.troops': 'Troops in or over Ukraine',
  'type.troops-conditional': 'Troops: conditional or reported',
  'type.outside': 'Support from outside Ukraine',
  'type.non-military': 'Money, arms, training only',
  'type.undecided': 'Undecided',
  'type.participant': 'Takes part, no pledge found',
  'type.backstop': 'US backstop',
  'type.not-member': 'EU member outside the coalition',
  'type.recipient': 'Ukraine',
  'type.opposed': 'Russia (opposed)',
  'confidence.official': 'Official: the government or leader said it',
  'confidence.reported': 'Reported by major outlets, not confirmed by the government',
  'confidence.inferred': 'Inferred from attendance or other indirect evidence',
  'confidence.official.short': 'said by the government',
  'confidence.reported.short': 'reported, not confirmed',
  'confidence.inferred.short': 'inferred from indirect evidence',
  'flag.state-media': 'Russian state media',
  'flag.pro-kremlin': 'pro-Kremlin aggregator',
  'flag.aggregator': 'low-quality aggregator',
  'flag.mirror': 'copy or mirror of another site',
  'record.publishedIn': 'As published in {language}; spoken in {spoken}.',
  'record.publishedInUnknown':
    'As published in {language}; the source does not say in which language it was said.',
  'record.andMore': '{names} and {count, number} more',
  'record.englishFallback': 'EN',
  'record.englishFallbackTitle':
    'Affiché en anglais : la traduction de ce texte manque ou n’est plus à jour.',
  'record.showEnglish': 'Afficher l’anglais (texte de référence)',
  'record.showTranslation': 'Afficher la traduction',
};
