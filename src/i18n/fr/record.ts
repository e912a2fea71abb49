import type { AreaMessages } from '../messages';
import type { record as en } from '../en/record';

export const record: AreaMessages<typeof en> = {
  'type.troops': 'Troupes en Ukraine ou dans son ciel',
  'type.troops-conditional': 'Troupes : sous conditions ou selon la presse',
  'type.outside': 'Soutien depuis l’extérieur de l’Ukraine',
  'type.non-military': 'Argent, armes, formation uniquement',
  'type.undecided': 'Indécis',
  'type.participant': 'Participe, aucun engagement trouvé',
  'type.backstop': 'Filet de sécurité américain',
  'type.not-member': 'Membre de l’UE hors coalition',
  'type.recipient': 'Ukraine',
  'type.opposed': 'Russie (opposée)',
  'confidence.official': 'Officiel : le gouvernement ou le dirigeant l’a dit',
  'confidence.reported': 'Rapporté par de grands médias, non confirmé par le gouvernement',
  'confidence.inferred': 'Déduit de la présence aux réunions ou d’autres indices indirects',
  'confidence.official.short': 'déclaré par le gouvernement',
  'confidence.reported.short': 'rapporté, non confirmé',
  'confidence.inferred.short': 'déduit d’indices indirects',
  'flag.state-media': 'média d’État russe',
  'flag.pro-kremlin': 'agrégateur pro-Kremlin',
  'flag.aggregator': 'agrégateur de faible qualité',
  'flag.mirror': 'copie ou miroir d’un autre site',
  'record.publishedIn': 'Tel que publié en {language} ; prononcé en {spoken}.',
  'record.publishedInUnknown':
    'Tel que publié en {language} ; la source ne précise pas dans quelle langue cela a été dit.',
  'record.andMore': '{names} et {count, plural, one {# autre} other {# autres}}',
  'record.englishFallback': 'EN',
  'record.englishFallbackTitle':
    'Affiché en anglais : la traduction de ce texte manque ou n’est plus à jour.',
  'record.showEnglish': 'Afficher l’anglais (texte de référence)',
  'record.showTranslation': 'Afficher la traduction',
};
