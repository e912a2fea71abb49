import type { AreaMessages } from '../messages';
import type { record as en } from '../en/record';

export const record: AreaMessages<typeof en> = {
  'type.troops': 'Wojska w Ukrainie lub nad nią',
  'type.troops-conditional': 'Wojska: warunkowo lub według doniesień',
  'type.outside': 'Wsparcie spoza Ukrainy',
  'type.non-military': 'Tylko pieniądze, broń, szkolenia',
  'type.undecided': 'Brak decyzji',
  'type.participant': 'Uczestniczy, nie znaleziono deklaracji',
  'type.backstop': 'Zabezpieczenie USA (backstop)',
  'type.not-member': 'Członek UE spoza koalicji',
  'type.recipient': 'Ukraina',
  'type.opposed': 'Rosja (przeciwna)',
  'confidence.official': 'Oficjalne: powiedział to rząd lub przywódca',
  'confidence.reported': 'Według dużych mediów, bez potwierdzenia rządu',
  'confidence.inferred': 'Wywnioskowane z obecności lub innych pośrednich przesłanek',
  'confidence.official.short': 'powiedział to rząd',
  'confidence.reported.short': 'według doniesień, bez potwierdzenia',
  'confidence.inferred.short': 'wywnioskowane z pośrednich przesłanek',
  'flag.state-media': 'rosyjskie media państwowe',
  'flag.pro-kremlin': 'prokremlowski agregator',
  'flag.aggregator': 'agregator niskiej jakości',
  'flag.mirror': 'kopia (mirror) innej strony',
  'record.publishedIn': 'Język publikacji: {language}; język wypowiedzi: {spoken}.',
  'record.publishedInUnknown':
    'Język publikacji: {language}; źródło nie podaje, w jakim języku to powiedziano.',
  'record.andMore': '{names} i jeszcze {count, number}',
  'record.englishFallback': 'EN',
  'record.englishFallbackTitle':
    'Pokazano po angielsku: brak tłumaczenia tego tekstu lub jest ono nieaktualne.',
  'record.showEnglish': 'Pokaż po angielsku (tekst wzorcowy)',
  'record.showTranslation': 'Pokaż tłumaczenie',
};
