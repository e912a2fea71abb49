import type { AreaMessages } from '../messages';
import type { record as en } from '../en/record';

export const record: AreaMessages<typeof en> = {
  'type.troops': 'Truppen in oder über der Ukraine',
  'type.troops-conditional': 'Truppen: unter Bedingungen oder berichtet',
  'type.outside': 'Unterstützung von außerhalb der Ukraine',
  'type.non-military': 'Nur Geld, Waffen, Ausbildung',
  'type.undecided': 'Unentschieden',
  'type.participant': 'Nimmt teil, keine Zusage gefunden',
  'type.backstop': 'US-Rückendeckung',
  'type.not-member': 'EU-Mitglied außerhalb der Koalition',
  'type.recipient': 'Ukraine',
  'type.opposed': 'Russland (dagegen)',
  'confidence.official':
    'Offiziell: Die Regierung oder die Staats- bzw. Regierungsspitze hat es gesagt',
  'confidence.reported': 'Von großen Medien berichtet, von der Regierung nicht bestätigt',
  'confidence.inferred': 'Erschlossen aus der Teilnahme oder anderen indirekten Hinweisen',
  'confidence.official.short': 'von der Regierung erklärt',
  'confidence.reported.short': 'berichtet, nicht bestätigt',
  'confidence.inferred.short': 'aus indirekten Hinweisen erschlossen',
  'flag.state-media': 'russische Staatsmedien',
  'flag.pro-kremlin': 'kremlnaher Aggregator',
  'flag.aggregator': 'minderwertiger Aggregator',
  'flag.mirror': 'Kopie oder Spiegel einer anderen Website',
  'record.publishedIn': 'So auf {language} veröffentlicht; gesprochen auf {spoken}.',
  'record.publishedInUnknown':
    'So auf {language} veröffentlicht; die Quelle sagt nicht, in welcher Sprache es gesagt wurde.',
  'record.andMore': '{names} und {count, number} weitere',
  'record.englishFallback': 'EN',
  'record.englishFallbackTitle':
    'Auf Englisch angezeigt: Die Übersetzung dieses Textes fehlt oder ist veraltet.',
  'record.showEnglish': 'Englisch anzeigen (Referenztext)',
  'record.showTranslation': 'Übersetzung anzeigen',
};
