import type { AreaMessages } from '../messages';
import type { lesson as en } from '../en/lesson';

export const lesson: AreaMessages<typeof en> = {
  'lesson.label': 'Lektion',
  'lesson.loading': 'Die Lektion wird geladen …',
  'lesson.progress': 'Schritt {step} von {count}',
  'lesson.part.card': 'Karte {n} von {count}',
  'lesson.part.question': 'Frage {n} von {count}',
  'lesson.hidden': 'Farben verborgen: erst raten, dann mit „Weiter“ aufdecken.',
  'lesson.controls': 'Steuerung der Lektion',
  'lesson.projectorScale': 'Beamer-Größe',
  'lesson.tools': 'Werkzeuge',
  'lesson.leave': 'Lektion beenden',
  'lesson.leaveShort': 'Beenden',
  'lesson.announce': 'Schritt {step} von {count}: {title}',
  'lesson.announcePart': ', {part}',
  'lesson.announceHidden': '. Farben verborgen bis zum Aufdecken.',
  'lesson.blackout.black':
    'Der Bildschirm ist schwarz. B oder Esc drücken, um die Karte wieder zu zeigen.',
  'lesson.blackout.white':
    'Der Bildschirm ist weiß. W oder Esc drücken, um die Karte wieder zu zeigen.',
  'lesson.present': 'Präsentieren',
  'lesson.unknownId': 'lesson={id} ignoriert: Keine Lektion hat diese Kennung.',
  'lesson.notStarted': 'Die Lektion konnte nicht gestartet werden: {detail}',
  'lesson.notStartedProblems':
    'Die Lektion konnte nicht gestartet werden: {count, plural, one {Darin wurde ein Problem gefunden.} other {Darin wurden # Probleme gefunden.}}',
  'lesson.notKept':
    'Diese Lektion ist in diesem Browser nicht gespeichert: Eine importierte oder erstellte Lektion bleibt in dem Browser, in dem das geschah. Öffnen Sie hier ihre Datei oder ihren Link.',

  'lesson.presenter.label': 'Referentenansicht',
  'lesson.presenter.open': 'Referentenansicht',
  'lesson.presenter.part': 'Teil {n} von {count}',
  'lesson.presenter.elapsed': 'Verstrichene Zeit {time}',
  'lesson.presenter.pause': 'Timer anhalten',
  'lesson.presenter.resume': 'Timer fortsetzen',
  'lesson.presenter.restart': 'Timer neu starten',
  'lesson.presenter.now': 'Jetzt: {title}',
  'lesson.presenter.hidden':
    'Farben auf dem Publikumsbildschirm verborgen: Der nächste Druck deckt sie auf.',
  'lesson.presenter.unpaired':
    'Nicht mit einem Kartenfenster verbunden: Öffnen Sie diese Ansicht mit N im Fenster der Karte, dann folgen beide einander.',
  'lesson.presenter.screenBlack': 'Der Publikumsbildschirm ist schwarz.',
  'lesson.presenter.screenWhite': 'Der Publikumsbildschirm ist weiß.',
  'lesson.presenter.notes': 'Notizen',
  'lesson.presenter.outlined': 'Umrandet: {names}',
  'lesson.presenter.audience': 'Auf dem Publikumsbildschirm',
  'lesson.presenter.nextReveal': 'Nächster Druck: aufdecken',
  'lesson.presenter.nextCard': 'Nächster Druck: Karte {n} von {count} dieses Schritts',
  'lesson.presenter.nextQuestion': 'Nächster Druck: Frage {n} von {count} dieses Schritts',
  'lesson.presenter.next': 'Als Nächstes: {title}',
  'lesson.presenter.end': 'Ende der Lektion',
  'lesson.presenter.guessing':
    'Ein Rateschritt: Die Farben bleiben bis zum darauffolgenden Druck verborgen.',
  'lesson.presenter.willOutline': 'Wird umranden: {names}',
  'lesson.presenter.black': 'Schwarzbild',
  'lesson.presenter.white': 'Weißbild',
  'lesson.presenter.empty.title': 'Referentenansicht: Es läuft keine Lektion',
  'lesson.presenter.empty.intro':
    'Dieses Fenster zeigt die Notizen einer Lektion, ihren nächsten Schritt und einen Timer, während die Klasse die Karte sieht.',
  'lesson.presenter.empty.step1':
    'Im Fenster der Karte (dem auf dem Beamer) auf „{present}“ drücken.',
  'lesson.presenter.empty.step2':
    'Dann dort N drücken oder {tools} und dann „{presenter}“ wählen: Ein Referentenfenster öffnet sich, mit diesem Fenster verbunden.',
  'lesson.presenter.empty.step3':
    'Die Lektion in einem der beiden Fenster durchgehen: Das andere folgt.',
  'lesson.presenter.empty.openMap': 'Karte öffnen',

  'lesson.block.onDate': '{what}, am {date}',
  'lesson.block.latest': '{what}, neuester Stand',
  'lesson.block.count': 'Länder je Typ',
  'lesson.block.countries': 'Länder',
  'lesson.block.confidence': 'Wie sicher sind die Positionen am {date}?',
  'lesson.block.confidenceLatest': 'Wie sicher sind die Positionen nach neuestem Stand?',
  'lesson.block.none': 'keine',
  'lesson.block.summary': '{country}: Position, Stand {date}',
  'lesson.block.offers': '{country}: Angebote, Stand {date}',
  'lesson.block.conditions': '{country}: Bedingungen, Stand {date}',
  'lesson.block.noneStated': 'In den Quellen nicht angegeben.',
  'lesson.block.changes': 'Typ geändert zwischen {from} und {to}',
  'lesson.block.changesLatest': 'Typ geändert zwischen {from} und dem neuesten Stand',
  'lesson.block.noChanges': 'Kein Land hat den Typ gewechselt.',
  'lesson.block.noPosition': 'Keine Position erfasst',
  'lesson.block.summitCommitted': 'Förmlich zugesagte Länder, laut Ankündigung: {count, number}',
  'lesson.block.summitLeaders': 'Teilnehmende Staats- und Regierungschefs: {count, number}',
  'lesson.block.summitPublished':
    'Liste der Länder veröffentlicht: {published, select, yes {ja} other {nein}}',
  'lesson.block.translatedBySource': 'Original: {language}; übersetzt von der Quelle',
  'lesson.block.translatedByEditors': 'Original: {language}; übersetzt von der Redaktion',
  'lesson.block.quote': '„{text}“',

  'lesson.print.steps': 'Alle Schritte drucken',
  'lesson.print.worksheet': 'Arbeitsblatt drucken',
  'lesson.print.preparing': 'Die Seiten werden vorbereitet …',
  'lesson.print.failed': 'Die Lektion konnte nicht gedruckt werden: {detail}',
  'lesson.print.label': 'Druckfassung der Lektion',
  'lesson.print.stepOf': '{title} · Schritt {step} von {count}',
  'lesson.print.mapOfStep': 'Die Karte von Schritt {step}',
  'lesson.print.sources': 'Quellen',
  'lesson.print.positionsOn': 'Positionen am {date}.',
  'lesson.print.positionsLatest': 'Positionen nach neuestem Stand.',
  'lesson.print.noMap':
    'Die Karte konnte nicht gezeichnet werden: Öffnen Sie die Lektion in der App.',
  'lesson.print.key': 'Legende',
  'lesson.print.noSources': 'Die Lektion zeigt nur Zählungen und Listen aus den Daten.',
  'lesson.print.undated': 'ohne Datum',
  'lesson.print.worksheetLabel': 'Arbeitsblatt',
  'lesson.print.worksheetTitle': 'Arbeitsblatt: {title}',
  'lesson.print.nameLine': 'Name: ______________________ Datum: ____________',
  'lesson.print.questions': 'Fragen',
  'lesson.print.noQuestions': 'Diese Lektion stellt keine schriftlichen Fragen.',
  'lesson.print.mapTitle': 'Karte: {title}',
  'lesson.print.blankMap': 'Eine leere Karte für Schritt {step}, zum Ausmalen',
  'lesson.print.answerKey': 'Lösungen (für die Lehrkraft)',
  'lesson.print.noGuesses': 'Diese Lektion hat keinen Rateschritt zu lösen.',
  'lesson.print.answerStep': 'Schritt {step}: {title}',
  'lesson.print.revealedMap': 'Die Karte von Schritt {step}, aufgedeckt',

  'lesson.my.title': 'Meine Lektionen',
  'lesson.my.open': 'Meine Lektionen',
  'lesson.my.intro':
    'Lektionen, die Sie hier erstellen oder aus einer Datei oder einem Link öffnen, werden nur in diesem Browser gespeichert: kein Konto, kein Server, und sie funktionieren offline. Um eine auf einen anderen Computer mitzunehmen, exportieren Sie sie als Datei oder kopieren Sie ihren Link.',
  'lesson.my.new': 'Neue Lektion',
  'lesson.my.notOpened': 'Die Lektion wurde nicht geöffnet:',
  'lesson.my.kept': 'In diesem Browser gespeichert',
  'lesson.my.none':
    'Noch keine Lektionen. Erstellen Sie eine, öffnen Sie oben eine Lektionsdatei oder einen Lektionslink, den Ihnen jemand geschickt hat.',
  'lesson.my.builtIn': 'Mitgelieferte Lektionen',
  'lesson.my.builtInMeta':
    '{count, plural, one {# Schritt} other {# Schritte}} · wird mit der App geliefert',
  'lesson.my.unreadable': '{id}: konnte nicht gelesen werden.',
  'lesson.my.loading': 'Wird geladen …',
  'lesson.my.keptMeta': '{count, plural, one {# Schritt} other {# Schritte}} · gespeichert {when}',
  'lesson.my.untitled': 'Lektion ohne Titel',
  'lesson.my.copyTitle': '{title} (Kopie)',
  'lesson.my.present': 'Präsentieren',
  'lesson.my.edit': 'Bearbeiten',
  'lesson.my.editCopy': 'Kopie bearbeiten',
  'lesson.my.export': 'Datei exportieren',
  'lesson.my.copyLink': 'Link kopieren',
  'lesson.my.delete': 'Löschen',
  'lesson.my.fileInput': 'Lektionsdatei (.json) öffnen oder hier ablegen',
  'lesson.my.inBuilder': '„{title}“ ist im Lektionseditor geöffnet.',
  'lesson.my.added': '„{title}“ ist jetzt in „Meine Lektionen“.',
  'lesson.my.linkCopied': 'Link kopiert ({count, number} Zeichen).',
  'lesson.my.linkTooLong':
    'Diese Lektion ist zu lang für einen Link ({count, number} Zeichen; Links bleiben unter {max, number}). Exportieren Sie sie stattdessen als Datei.',
  'lesson.my.deleted': 'Lektion aus diesem Browser gelöscht.',
  'lesson.my.failed': '{detail}',
  'lesson.storage.full':
    'Der Speicher dieses Browsers ist voll, daher wurde die Lektion nicht gespeichert. Exportieren Sie sie als Datei oder löschen Sie eine Lektion, die Sie nicht mehr brauchen.',
  'lesson.storage.refused':
    'Dieser Browser wollte die Lektion nicht speichern ({detail}). Exportieren Sie sie als Datei, um sie zu behalten.',
  'lesson.storage.fullThisVisit':
    'Der Speicher dieses Browsers ist voll, daher wurde die Lektion nicht gespeichert. Sie wird nur für diesen Besuch gezeigt.',
  'lesson.storage.refusedThisVisit':
    'Dieser Browser wollte die Lektion nicht speichern ({detail}). Sie wird nur für diesen Besuch gezeigt.',

  'lesson.link.tooOldMake':
    'Dieser Browser ist zu alt für Lektionslinks: Exportieren Sie die Lektion als Datei.',
  'lesson.link.tooOldOpen':
    'Dieser Browser ist zu alt, um Lektionslinks zu öffnen: Öffnen Sie stattdessen die Datei der Lektion.',
  'lesson.link.tooBig':
    'Dieser Lektionslink enthält mehr, als eine Lektionsdatei darf ({max, number} KB): Er wurde nicht geöffnet.',
  'lesson.link.damaged':
    'Dieser Lektionslink ist beschädigt oder unvollständig (vielleicht beim Einfügen abgeschnitten). Bitten Sie stattdessen um die Lektionsdatei.',
  'lesson.link.notOpened':
    'Der Lektionslink wurde nicht geöffnet: {count, plural, one {Darin wurde ein Problem gefunden.} other {Darin wurden # Probleme gefunden.}}',

  'lesson.problem.tooBig':
    '{at}ist {size, number} KB groß: Eine Lektionsdatei darf höchstens {max, number} KB groß sein',
  'lesson.problem.notJson': '{at}ist keine Lektionsdatei (kein gültiges JSON: {detail})',
  'lesson.problem.notObject':
    '{at}ist keine Lektionsdatei (erwartet: ein Objekt mit Titel und Schritten)',
  'lesson.problem.more': '… und {count, number} weitere Probleme',
  'lesson.problem.missing': '{at}fehlt',
  'lesson.problem.empty': '{at}darf nicht leer sein',
  'lesson.problem.tooLong': '{at}darf höchstens {max, number} Zeichen lang sein',
  'lesson.problem.fewSteps': '{at}braucht mindestens zwei Schritte',
  'lesson.problem.tooFew':
    '{at}braucht mindestens {min, plural, one {einen Eintrag} other {# Einträge}}',
  'lesson.problem.tooMany':
    '{at}darf höchstens {max, plural, one {einen Eintrag} other {# Einträge}} haben',
  'lesson.problem.kebab':
    '{at}muss in Kebab-Schreibweise sein (Kleinbuchstaben, Ziffern und Bindestriche)',
  'lesson.problem.iso3': '{at}muss aus drei Großbuchstaben bestehen (ein ISO-Code wie FRA)',
  'lesson.problem.date': '{at}muss ein Datum in der Form JJJJ-MM-TT sein',
  'lesson.problem.bounds': '{at}muss [west, south, east, north] sein',
  'lesson.problem.unknownKeys': '{at}hat ein unbekanntes Feld: {keys}',
  'lesson.problem.invalid': '{at}ist ungültig ({detail})',
  'lesson.problem.noCountry': '{at}kein Land hat in den Daten den Code „{iso3}“',
  'lesson.problem.duplicateStep': '{at}zwei Schritte haben diese Kennung',
  'lesson.problem.manyCountries': '{at}nennt mehr als ein Land von Hand: mit outline auswählen',
  'lesson.problem.typed':
    '{at}tippt {what, select, number {eine Zahl} quotation {ein Zitat} date {ein Datum} other {eine Liste von Ländern}} von Hand ein: das muss aus den Daten kommen',
  'lesson.problem.revealOnly':
    '{at}wird nur nach dem Aufdecken gezeigt: Der Schritt hat kein Aufdecken',
  'lesson.problem.noQuote': '{at}kein Zitat hat die Kennung „{id}“',
  'lesson.problem.noFact': '{at}die Daten haben keine Gipfeltatsache Nummer {index, number}',
  'lesson.problem.noEvent': '{at}kein Ereignis der Zeitleiste am {date} mit dem Titel „{title}“',
  'lesson.problem.idMismatch': '{at}ist „{id}“, erwartet „{expected}“',
  'lesson.problem.noSuchId': 'Keine Lektion hat die Kennung „{id}“.',
};
