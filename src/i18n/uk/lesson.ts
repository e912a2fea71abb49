import type { AreaMessages } from '../messages';
import type { lesson as en } from '../en/lesson';

export const lesson: AreaMessages<typeof en> = {
  'lesson.label': 'Урок',
  'lesson.loading': 'Завантаження уроку…',
  'lesson.progress': 'Крок {step} з {count}',
  'lesson.part.card': 'картка {n} з {count}',
  'lesson.part.question': 'питання {n} з {count}',
  'lesson.hidden': 'Кольори приховано: зробіть припущення, потім натисніть «Далі», щоб відкрити.',
  'lesson.controls': 'Керування уроком',
  'lesson.projectorScale': 'Масштаб проєктора',
  'lesson.tools': 'Інструменти',
  'lesson.leave': 'Вийти з уроку',
  'lesson.leaveShort': 'Вийти',
  'lesson.announce': 'Крок {step} з {count}: {title}',
  'lesson.announcePart': ', {part}',
  'lesson.announceHidden': '. Кольори приховано до відкриття.',
  'lesson.blackout.black': 'Екран чорний. Натисніть B або Esc, щоб знову показати карту.',
  'lesson.blackout.white': 'Екран білий. Натисніть W або Esc, щоб знову показати карту.',
  'lesson.present': 'Показати',
  'lesson.unknownId': 'Пропущено lesson={id}: немає уроку з таким ідентифікатором.',
  'lesson.notStarted': 'Не вдалося розпочати урок: {detail}',
  'lesson.notStartedProblems':
    'Не вдалося розпочати урок: {count, plural, one {у ньому знайдено # проблему.} few {у ньому знайдено # проблеми.} many {у ньому знайдено # проблем.} other {у ньому знайдено # проблеми.}}',
  'lesson.notKept':
    'Цей урок не збережено в цьому браузері: імпортований або створений урок залишається в тому браузері, де це зробили. Відкрийте тут його файл або посилання.',

  'lesson.presenter.label': 'Режим доповідача',
  'lesson.presenter.open': 'Режим доповідача',
  'lesson.presenter.part': 'частина {n} з {count}',
  'lesson.presenter.elapsed': 'Минуло часу {time}',
  'lesson.presenter.pause': 'Пауза таймера',
  'lesson.presenter.resume': 'Продовжити таймер',
  'lesson.presenter.restart': 'Перезапустити таймер',
  'lesson.presenter.now': 'Зараз: {title}',
  'lesson.presenter.hidden':
    'Кольори на екрані для аудиторії приховано: наступне натискання їх відкриє.',
  'lesson.presenter.unpaired':
    'Не пов’язано з вікном карти: відкрийте цей режим клавішею N у вікні карти, і обидва вікна стежитимуть одне за одним.',
  'lesson.presenter.screenBlack': 'Екран для аудиторії чорний.',
  'lesson.presenter.screenWhite': 'Екран для аудиторії білий.',
  'lesson.presenter.notes': 'Нотатки',
  'lesson.presenter.outlined': 'Обведено: {names}',
  'lesson.presenter.audience': 'На екрані для аудиторії',
  'lesson.presenter.nextReveal': 'Наступне натискання: відкрити',
  'lesson.presenter.nextCard': 'Наступне натискання: картка {n} з {count} цього кроку',
  'lesson.presenter.nextQuestion': 'Наступне натискання: питання {n} з {count} цього кроку',
  'lesson.presenter.next': 'Далі: {title}',
  'lesson.presenter.end': 'Кінець уроку',
  'lesson.presenter.guessing':
    'Крок із відгадуванням: кольори приховано до наступного натискання після нього.',
  'lesson.presenter.willOutline': 'Буде обведено: {names}',
  'lesson.presenter.black': 'Чорний екран',
  'lesson.presenter.white': 'Білий екран',
  'lesson.presenter.empty.title': 'Режим доповідача: урок не запущено',
  'lesson.presenter.empty.intro':
    'Це вікно показує нотатки уроку, наступний крок і таймер, поки клас бачить карту.',
  'lesson.presenter.empty.step1': 'У вікні карти (тому, що на проєкторі) натисніть «{present}».',
  'lesson.presenter.empty.step2':
    'Потім натисніть там N або виберіть {tools}, а тоді «{presenter}»: відкриється вікно доповідача, пов’язане з тим вікном.',
  'lesson.presenter.empty.step3': 'Проходьте урок з будь-якого вікна: інше стежитиме.',
  'lesson.presenter.empty.openMap': 'Відкрити карту',

  'lesson.block.onDate': '{what}, станом на {date}',
  'lesson.block.latest': '{what}, за останніми даними',
  'lesson.block.count': 'Країни за типом',
  'lesson.block.countries': 'Країни',
  'lesson.block.confidence': 'Наскільки певні позиції станом на {date}?',
  'lesson.block.confidenceLatest': 'Наскільки певні позиції за останніми даними?',
  'lesson.block.none': 'немає',
  'lesson.block.summary': '{country}: позиція станом на {date}',
  'lesson.block.offers': '{country}: пропозиції станом на {date}',
  'lesson.block.conditions': '{country}: умови станом на {date}',
  'lesson.block.noneStated': 'У джерелах не зазначено.',
  'lesson.block.changes': 'Змінили тип між {from} і {to}',
  'lesson.block.changesLatest': 'Змінили тип між {from} і останніми даними',
  'lesson.block.noChanges': 'Жодна країна не змінила тип.',
  'lesson.block.noPosition': 'Позицію не зафіксовано',
  'lesson.block.summitCommitted':
    'Країн, що офіційно зобов’язалися, за оголошенням: {count, number}',
  'lesson.block.summitLeaders': 'Лідерів, які беруть участь: {count, number}',
  'lesson.block.summitPublished':
    'Список країн оприлюднено: {published, select, yes {так} other {ні}}',
  'lesson.block.translatedBySource': 'мова оригіналу: {language}; переклад джерела',
  'lesson.block.translatedByEditors': 'мова оригіналу: {language}; переклад редакції',
  'lesson.block.quote': '«{text}»',

  'lesson.print.steps': 'Друкувати всі кроки',
  'lesson.print.worksheet': 'Друкувати аркуш',
  'lesson.print.preparing': 'Підготовка сторінок…',
  'lesson.print.failed': 'Не вдалося надрукувати урок: {detail}',
  'lesson.print.label': 'Урок для друку',
  'lesson.print.stepOf': '{title} · Крок {step} з {count}',
  'lesson.print.mapOfStep': 'Карта кроку {step}',
  'lesson.print.sources': 'Джерела',
  'lesson.print.positionsOn': 'Позиції станом на {date}.',
  'lesson.print.positionsLatest': 'Позиції за останніми даними.',
  'lesson.print.noMap': 'Не вдалося намалювати карту: відкрийте урок у застосунку.',
  'lesson.print.key': 'Легенда',
  'lesson.print.noSources': 'Урок показує лише підрахунки та списки з даних.',
  'lesson.print.undated': 'без дати',
  'lesson.print.worksheetLabel': 'Робочий аркуш',
  'lesson.print.worksheetTitle': 'Робочий аркуш: {title}',
  'lesson.print.nameLine': 'Ім’я: ______________________ Дата: ____________',
  'lesson.print.questions': 'Питання',
  'lesson.print.noQuestions': 'Цей урок не ставить письмових питань.',
  'lesson.print.mapTitle': 'Карта: {title}',
  'lesson.print.blankMap': 'Порожня карта для кроку {step}, щоб розфарбувати',
  'lesson.print.answerKey': 'Відповіді (для вчителя)',
  'lesson.print.noGuesses': 'У цьому уроці немає кроку з відгадуванням.',
  'lesson.print.answerStep': 'Крок {step}: {title}',
  'lesson.print.revealedMap': 'Карта кроку {step}, відкрита',

  'lesson.my.title': 'Мої уроки',
  'lesson.my.open': 'Мої уроки',
  'lesson.my.intro':
    'Уроки, які ви створюєте тут або відкриваєте з файлу чи посилання, зберігаються лише в цьому браузері: без облікового запису, без сервера, і вони працюють офлайн. Щоб перенести урок на інший комп’ютер, експортуйте його у файл або скопіюйте посилання.',
  'lesson.my.new': 'Новий урок',
  'lesson.my.notOpened': 'Урок не відкрито:',
  'lesson.my.kept': 'Збережено в цьому браузері',
  'lesson.my.none':
    'Уроків ще немає. Створіть урок, відкрийте файл уроку вище або посилання на урок, яке вам надіслали.',
  'lesson.my.builtIn': 'Вбудовані уроки',
  'lesson.my.builtInMeta':
    '{count, plural, one {# крок} few {# кроки} many {# кроків} other {# кроку}} · постачається із застосунком',
  'lesson.my.unreadable': '{id}: не вдалося прочитати.',
  'lesson.my.loading': 'Завантаження…',
  'lesson.my.keptMeta':
    '{count, plural, one {# крок} few {# кроки} many {# кроків} other {# кроку}} · збережено {when}',
  'lesson.my.untitled': 'Урок без назви',
  'lesson.my.copyTitle': '{title} (копія)',
  'lesson.my.present': 'Показати',
  'lesson.my.edit': 'Редагувати',
  'lesson.my.editCopy': 'Редагувати копію',
  'lesson.my.export': 'Експорт у файл',
  'lesson.my.copyLink': 'Копіювати посилання',
  'lesson.my.delete': 'Видалити',
  'lesson.my.fileInput': 'Відкрити файл уроку (.json) або перетягнути його сюди',
  'lesson.my.inBuilder': '«{title}» відкрито в конструкторі.',
  'lesson.my.added': '«{title}» тепер у «Моїх уроках».',
  'lesson.my.linkCopied':
    'Посилання скопійовано ({count, plural, one {# символ} few {# символи} many {# символів} other {# символу}}).',
  'lesson.my.linkTooLong':
    'Цей урок задовгий для посилання ({count, plural, one {# символ} few {# символи} many {# символів} other {# символу}}; посилання мають бути коротші за {max, number}). Експортуйте його у файл.',
  'lesson.my.deleted': 'Урок видалено з цього браузера.',
  'lesson.my.failed': '{detail}',
  'lesson.storage.full':
    'Сховище цього браузера заповнене, тому урок не збережено. Експортуйте його у файл або видаліть урок, який вам більше не потрібен.',
  'lesson.storage.refused':
    'Цей браузер не зберіг урок ({detail}). Експортуйте його у файл, щоб зберегти.',
  'lesson.storage.fullThisVisit':
    'Сховище цього браузера заповнене, тому урок не збережено. Його показано лише для цього відвідування.',
  'lesson.storage.refusedThisVisit':
    'Цей браузер не зберіг урок ({detail}). Його показано лише для цього відвідування.',

  'lesson.link.tooOldMake':
    'Цей браузер застарий, щоб створювати посилання на уроки: експортуйте урок у файл.',
  'lesson.link.tooOldOpen':
    'Цей браузер застарий, щоб відкривати посилання на уроки: відкрийте натомість файл уроку.',
  'lesson.link.tooBig':
    'Це посилання містить більше, ніж дозволено файлу уроку ({max, number} КБ): його не відкрито.',
  'lesson.link.damaged':
    'Посилання на урок пошкоджене або неповне (можливо, його обрізали під час вставлення). Попросіть натомість файл уроку.',
  'lesson.link.notOpened':
    'Посилання на урок не відкрито: {count, plural, one {у ньому знайдено # проблему.} few {у ньому знайдено # проблеми.} many {у ньому знайдено # проблем.} other {у ньому знайдено # проблеми.}}',

  'lesson.problem.tooBig':
    '{at}має розмір {size, number} КБ: файл уроку може мати щонайбільше {max, number} КБ',
  'lesson.problem.notJson': '{at}не є файлом уроку (недійсний JSON: {detail})',
  'lesson.problem.notObject': '{at}не є файлом уроку (очікується об’єкт із назвою та кроками)',
  'lesson.problem.more':
    '…і ще {count, plural, one {# проблема} few {# проблеми} many {# проблем} other {# проблеми}}',
  'lesson.problem.missing': '{at}відсутнє',
  'lesson.problem.empty': '{at}не може бути порожнім',
  'lesson.problem.tooLong': '{at}має містити щонайбільше {max, number} символів',
  'lesson.problem.fewSteps': '{at}потрібно щонайменше два кроки',
  'lesson.problem.tooFew':
    '{at}потрібно щонайменше {min, plural, one {# елемент} few {# елементи} many {# елементів} other {# елемента}}',
  'lesson.problem.tooMany':
    '{at}дозволено щонайбільше {max, plural, one {# елемент} few {# елементи} many {# елементів} other {# елемента}}',
  'lesson.problem.kebab': '{at}має бути в kebab-case (малі літери, цифри й дефіси)',
  'lesson.problem.iso3': '{at}має складатися з трьох великих літер (код ISO, як-от FRA)',
  'lesson.problem.date': '{at}має бути датою у форматі РРРР-ММ-ДД',
  'lesson.problem.bounds': '{at}має бути [west, south, east, north]',
  'lesson.problem.unknownKeys': '{at}має невідоме поле: {keys}',
  'lesson.problem.invalid': '{at}недійсне ({detail})',
  'lesson.problem.noCountry': '{at}у даних немає країни з кодом «{iso3}»',
  'lesson.problem.duplicateStep': '{at}два кроки мають цей ідентифікатор',
  'lesson.problem.manyCountries':
    '{at}називає вручну більше ніж одну країну: виберіть їх через outline',
  'lesson.problem.typed':
    '{at}містить уписане вручну {what, select, number {число} quotation {цитату} date {дату} other {список країн}}: це має надходити з даних',
  'lesson.problem.revealOnly': '{at}показується лише після відкриття: у кроці немає відкриття',
  'lesson.problem.noQuote': '{at}немає цитати з ідентифікатором «{id}»',
  'lesson.problem.noFact': '{at}у даних немає факту саміту з номером {index, number}',
  'lesson.problem.noEvent': '{at}немає події хронології {date} з назвою «{title}»',
  'lesson.problem.idMismatch': '{at}має значення «{id}», очікується «{expected}»',
  'lesson.problem.noSuchId': 'Немає уроку з ідентифікатором «{id}».',
};
