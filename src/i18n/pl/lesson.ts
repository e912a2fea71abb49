import type { AreaMessages } from '../messages';
import type { lesson as en } from '../en/lesson';

export const lesson: AreaMessages<typeof en> = {
  'lesson.label': 'Lekcja',
  'lesson.loading': 'Wczytywanie lekcji…',
  'lesson.progress': 'Krok {step} z {count}',
  'lesson.part.card': 'karta {n} z {count}',
  'lesson.part.question': 'pytanie {n} z {count}',
  'lesson.hidden': 'Kolory ukryte: najpierw zgadywanie, potem „Dalej”, aby odsłonić.',
  'lesson.controls': 'Sterowanie lekcją',
  'lesson.projectorScale': 'Skala projektora',
  'lesson.tools': 'Narzędzia',
  'lesson.leave': 'Zakończ lekcję',
  'lesson.leaveShort': 'Zakończ',
  'lesson.announce': 'Krok {step} z {count}: {title}',
  'lesson.announcePart': ', {part}',
  'lesson.announceHidden': '. Kolory ukryte do odsłonięcia.',
  'lesson.blackout.black': 'Ekran jest czarny. Naciśnij B lub Esc, aby znów pokazać mapę.',
  'lesson.blackout.white': 'Ekran jest biały. Naciśnij W lub Esc, aby znów pokazać mapę.',
  'lesson.present': 'Prezentuj',
  'lesson.unknownId': 'Pominięto lesson={id}: żadna lekcja nie ma takiego identyfikatora.',
  'lesson.notStarted': 'Nie udało się rozpocząć lekcji: {detail}',
  'lesson.notStartedProblems':
    'Nie udało się rozpocząć lekcji: {count, plural, one {znaleziono w niej # problem.} few {znaleziono w niej # problemy.} many {znaleziono w niej # problemów.} other {znaleziono w niej # problemu.}}',
  'lesson.notKept':
    'Ta lekcja nie jest zapisana w tej przeglądarce: zaimportowana lub utworzona lekcja zostaje w przeglądarce, w której to zrobiono. Tutaj należy otworzyć jej plik lub link.',

  'lesson.presenter.label': 'Widok prezentera',
  'lesson.presenter.open': 'Widok prezentera',
  'lesson.presenter.part': 'część {n} z {count}',
  'lesson.presenter.elapsed': 'Upłynęło {time}',
  'lesson.presenter.pause': 'Zatrzymaj stoper',
  'lesson.presenter.resume': 'Wznów stoper',
  'lesson.presenter.restart': 'Stoper od nowa',
  'lesson.presenter.now': 'Teraz: {title}',
  'lesson.presenter.hidden':
    'Kolory ukryte na ekranie dla widowni: następne naciśnięcie je odsłoni.',
  'lesson.presenter.unpaired':
    'Brak połączenia z oknem mapy: ten widok należy otworzyć klawiszem N w oknie mapy, wtedy oba okna podążają za sobą.',
  'lesson.presenter.screenBlack': 'Ekran dla widowni jest czarny.',
  'lesson.presenter.screenWhite': 'Ekran dla widowni jest biały.',
  'lesson.presenter.notes': 'Notatki',
  'lesson.presenter.outlined': 'Obrysowane: {names}',
  'lesson.presenter.audience': 'Na ekranie dla widowni',
  'lesson.presenter.nextReveal': 'Następne naciśnięcie: odsłonięcie',
  'lesson.presenter.nextCard': 'Następne naciśnięcie: karta {n} z {count} tego kroku',
  'lesson.presenter.nextQuestion': 'Następne naciśnięcie: pytanie {n} z {count} tego kroku',
  'lesson.presenter.next': 'Dalej: {title}',
  'lesson.presenter.end': 'Koniec lekcji',
  'lesson.presenter.guessing':
    'Krok z zagadką: kolory pozostają ukryte do kolejnego naciśnięcia po nim.',
  'lesson.presenter.willOutline': 'Zostaną obrysowane: {names}',
  'lesson.presenter.black': 'Czarny ekran',
  'lesson.presenter.white': 'Biały ekran',
  'lesson.presenter.empty.title': 'Widok prezentera: żadna lekcja nie trwa',
  'lesson.presenter.empty.intro':
    'To okno pokazuje notatki lekcji, jej następny krok i stoper, podczas gdy klasa widzi mapę.',
  'lesson.presenter.empty.step1': 'W oknie mapy (tym na projektorze) nacisnąć „{present}”.',
  'lesson.presenter.empty.step2':
    'Następnie nacisnąć tam N albo wybrać {tools}, a potem „{presenter}”: otworzy się okno prezentera połączone z tamtym oknem.',
  'lesson.presenter.empty.step3': 'Lekcję można prowadzić z dowolnego okna: drugie podąża za nim.',
  'lesson.presenter.empty.openMap': 'Otwórz mapę',

  'lesson.block.onDate': '{what}, stan na {date}',
  'lesson.block.latest': '{what}, najnowszy znany stan',
  'lesson.block.count': 'Kraje według typu',
  'lesson.block.countries': 'Kraje',
  'lesson.block.confidence': 'Jak pewne są stanowiska na dzień {date}?',
  'lesson.block.confidenceLatest': 'Jak pewne są stanowiska według najnowszego stanu?',
  'lesson.block.none': 'brak',
  'lesson.block.summary': '{country}: stanowisko na dzień {date}',
  'lesson.block.offers': '{country}: oferty na dzień {date}',
  'lesson.block.conditions': '{country}: warunki na dzień {date}',
  'lesson.block.noneStated': 'Źródła nic nie podają.',
  'lesson.block.changes': 'Zmiana typu między {from} a {to}',
  'lesson.block.changesLatest': 'Zmiana typu między {from} a najnowszym stanem',
  'lesson.block.noChanges': 'Żaden kraj nie zmienił typu.',
  'lesson.block.noPosition': 'Brak zapisanego stanowiska',
  'lesson.block.summitCommitted': 'Kraje formalnie zobowiązane, według ogłoszenia: {count, number}',
  'lesson.block.summitLeaders': 'Uczestniczący przywódcy: {count, number}',
  'lesson.block.summitPublished':
    'Lista krajów opublikowana: {published, select, yes {tak} other {nie}}',
  'lesson.block.translatedBySource': 'język oryginału: {language}; tłumaczenie źródła',
  'lesson.block.translatedByEditors': 'język oryginału: {language}; tłumaczenie redakcji',
  'lesson.block.quote': '„{text}”',

  'lesson.print.steps': 'Drukuj wszystkie kroki',
  'lesson.print.worksheet': 'Drukuj kartę pracy',
  'lesson.print.preparing': 'Przygotowywanie stron…',
  'lesson.print.failed': 'Nie udało się wydrukować lekcji: {detail}',
  'lesson.print.label': 'Lekcja do druku',
  'lesson.print.stepOf': '{title} · Krok {step} z {count}',
  'lesson.print.mapOfStep': 'Mapa kroku {step}',
  'lesson.print.sources': 'Źródła',
  'lesson.print.positionsOn': 'Stanowiska na dzień {date}.',
  'lesson.print.positionsLatest': 'Najnowsze znane stanowiska.',
  'lesson.print.noMap': 'Nie udało się narysować mapy: lekcję należy otworzyć w aplikacji.',
  'lesson.print.key': 'Legenda',
  'lesson.print.noSources': 'Lekcja pokazuje tylko liczby i listy z danych.',
  'lesson.print.undated': 'bez daty',
  'lesson.print.worksheetLabel': 'Karta pracy',
  'lesson.print.worksheetTitle': 'Karta pracy: {title}',
  'lesson.print.nameLine': 'Imię i nazwisko: ______________________ Data: ____________',
  'lesson.print.questions': 'Pytania',
  'lesson.print.noQuestions': 'Ta lekcja nie zadaje pytań pisemnych.',
  'lesson.print.mapTitle': 'Mapa: {title}',
  'lesson.print.blankMap': 'Pusta mapa do kroku {step}, do pokolorowania',
  'lesson.print.answerKey': 'Odpowiedzi (dla nauczyciela)',
  'lesson.print.noGuesses': 'Ta lekcja nie ma kroku z zagadką.',
  'lesson.print.answerStep': 'Krok {step}: {title}',
  'lesson.print.revealedMap': 'Mapa kroku {step}, odsłonięta',

  'lesson.my.title': 'Moje lekcje',
  'lesson.my.open': 'Moje lekcje',
  'lesson.my.intro':
    'Lekcje utworzone tutaj albo otwarte z pliku lub linku są zapisywane tylko w tej przeglądarce: bez konta, bez serwera, i działają offline. Aby przenieść lekcję na inny komputer, należy wyeksportować ją do pliku albo skopiować jej link.',
  'lesson.my.new': 'Nowa lekcja',
  'lesson.my.notOpened': 'Lekcji nie otwarto:',
  'lesson.my.kept': 'Zapisane w tej przeglądarce',
  'lesson.my.none':
    'Nie ma jeszcze lekcji. Można utworzyć nową, otworzyć plik lekcji powyżej albo otrzymany link do lekcji.',
  'lesson.my.builtIn': 'Wbudowane lekcje',
  'lesson.my.builtInMeta':
    '{count, plural, one {# krok} few {# kroki} many {# kroków} other {# kroku}} · dołączona do aplikacji',
  'lesson.my.unreadable': '{id}: nie udało się odczytać.',
  'lesson.my.loading': 'Wczytywanie…',
  'lesson.my.keptMeta':
    '{count, plural, one {# krok} few {# kroki} many {# kroków} other {# kroku}} · zapisano {when}',
  'lesson.my.untitled': 'Lekcja bez tytułu',
  'lesson.my.copyTitle': '{title} (kopia)',
  'lesson.my.present': 'Prezentuj',
  'lesson.my.edit': 'Edytuj',
  'lesson.my.editCopy': 'Edytuj kopię',
  'lesson.my.export': 'Eksportuj plik',
  'lesson.my.copyLink': 'Kopiuj link',
  'lesson.my.delete': 'Usuń',
  'lesson.my.fileInput': 'Otwórz plik lekcji (.json) lub upuść go tutaj',
  'lesson.my.inBuilder': '„{title}” jest otwarta w kreatorze.',
  'lesson.my.added': '„{title}” jest teraz w Moich lekcjach.',
  'lesson.my.linkCopied':
    'Skopiowano link ({count, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}).',
  'lesson.my.linkTooLong':
    'Ta lekcja jest za długa na link ({count, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}; linki mają mniej niż {max, number}). Lepiej wyeksportować ją do pliku.',
  'lesson.my.deleted': 'Usunięto lekcję z tej przeglądarki.',
  'lesson.my.failed': '{detail}',
  'lesson.storage.full':
    'Pamięć tej przeglądarki jest pełna, więc lekcji nie zapisano. Można wyeksportować ją do pliku albo usunąć niepotrzebną lekcję.',
  'lesson.storage.refused':
    'Ta przeglądarka nie zapisała lekcji ({detail}). Aby ją zachować, należy wyeksportować ją do pliku.',
  'lesson.storage.fullThisVisit':
    'Pamięć tej przeglądarki jest pełna, więc lekcji nie zapisano. Jest pokazana tylko podczas tej wizyty.',
  'lesson.storage.refusedThisVisit':
    'Ta przeglądarka nie zapisała lekcji ({detail}). Jest pokazana tylko podczas tej wizyty.',

  'lesson.link.tooOldMake':
    'Ta przeglądarka jest zbyt stara, by tworzyć linki do lekcji: lekcję należy wyeksportować do pliku.',
  'lesson.link.tooOldOpen':
    'Ta przeglądarka jest zbyt stara, by otwierać linki do lekcji: zamiast tego należy otworzyć plik lekcji.',
  'lesson.link.tooBig':
    'Ten link zawiera więcej, niż może mieć plik lekcji ({max, number} KB): nie został otwarty.',
  'lesson.link.damaged':
    'Ten link do lekcji jest uszkodzony lub niepełny (mógł zostać ucięty przy wklejaniu). Lepiej poprosić o plik lekcji.',
  'lesson.link.notOpened':
    'Nie otwarto linku do lekcji: {count, plural, one {znaleziono w nim # problem.} few {znaleziono w nim # problemy.} many {znaleziono w nim # problemów.} other {znaleziono w nim # problemu.}}',

  'lesson.problem.tooBig':
    '{at}ma {size, number} KB: plik lekcji może mieć najwyżej {max, number} KB',
  'lesson.problem.notJson': '{at}to nie jest plik lekcji (niepoprawny JSON: {detail})',
  'lesson.problem.notObject':
    '{at}to nie jest plik lekcji (oczekiwano obiektu z tytułem i krokami)',
  'lesson.problem.more':
    '…i jeszcze {count, plural, one {# problem} few {# problemy} many {# problemów} other {# problemu}}',
  'lesson.problem.missing': '{at}brak',
  'lesson.problem.empty': '{at}nie może być puste',
  'lesson.problem.tooLong': '{at}może mieć najwyżej {max, number} znaków',
  'lesson.problem.fewSteps': '{at}potrzebne są co najmniej dwa kroki',
  'lesson.problem.tooFew':
    '{at}potrzeba co najmniej {min, plural, one {# elementu} few {# elementów} many {# elementów} other {# elementu}}',
  'lesson.problem.tooMany':
    '{at}dozwolone najwyżej {max, plural, one {# element} few {# elementy} many {# elementów} other {# elementu}}',
  'lesson.problem.kebab': '{at}musi być w kebab-case (małe litery, cyfry i łączniki)',
  'lesson.problem.iso3': '{at}musi składać się z trzech wielkich liter (kod ISO, np. FRA)',
  'lesson.problem.date': '{at}musi być datą w formacie RRRR-MM-DD',
  'lesson.problem.bounds': '{at}musi mieć postać [west, south, east, north]',
  'lesson.problem.unknownKeys': '{at}ma nieznane pole: {keys}',
  'lesson.problem.invalid': '{at}jest niepoprawne ({detail})',
  'lesson.problem.noCountry': '{at}w danych nie ma kraju o kodzie „{iso3}”',
  'lesson.problem.duplicateStep': '{at}dwa kroki mają ten identyfikator',
  'lesson.problem.manyCountries':
    '{at}wymienia ręcznie więcej niż jeden kraj: należy je wybrać przez outline',
  'lesson.problem.typed':
    '{at}zawiera wpisane ręcznie dane ({what, select, number {liczba} quotation {cytat} date {data} other {lista krajów}}): to musi pochodzić z danych',
  'lesson.problem.revealOnly':
    '{at}jest pokazywany dopiero po odsłonięciu: ten krok nie ma odsłonięcia',
  'lesson.problem.noQuote': '{at}żaden cytat nie ma identyfikatora „{id}”',
  'lesson.problem.noFact': '{at}w danych nie ma faktu ze szczytu o numerze {index, number}',
  'lesson.problem.noEvent': '{at}brak wydarzenia na osi czasu z {date} o tytule „{title}”',
  'lesson.problem.idMismatch': '{at}ma wartość „{id}”, oczekiwano „{expected}”',
  'lesson.problem.noSuchId': 'Żadna lekcja nie ma identyfikatora „{id}”.',
};
