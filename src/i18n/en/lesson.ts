/** Messages of the lesson area (see the index for which features). */
export const lesson = {
  // The stage (src/features/lesson)
  'lesson.label': 'Lesson',
  'lesson.loading': 'Loading the lesson…',
  'lesson.progress': 'Step {step} of {count}',
  'lesson.part.card': 'card {n} of {count}',
  'lesson.part.question': 'question {n} of {count}',
  'lesson.hidden': 'Colours hidden: make your guess, then press next to reveal.',
  'lesson.controls': 'Lesson controls',
  'lesson.projectorScale': 'Projector scale',
  'lesson.tools': 'Tools',
  'lesson.leave': 'Leave lesson',
  'lesson.leaveShort': 'Leave',
  'lesson.announce': 'Step {step} of {count}: {title}',
  'lesson.announcePart': ', {part}',
  'lesson.announceHidden': '. Colours hidden until the reveal.',
  'lesson.blackout.black': 'The screen is black. Press B or Esc to show the map again.',
  'lesson.blackout.white': 'The screen is white. Press W or Esc to show the map again.',
  'lesson.present': 'Present',
  'lesson.unknownId': 'Ignored lesson={id}: no lesson has that id.',
  'lesson.notStarted': 'The lesson could not be started: {detail}',
  'lesson.notStartedProblems':
    'The lesson could not be started: {count, plural, one {one problem was found in it.} other {# problems were found in it.}}',
  'lesson.notKept':
    'This lesson is not kept in this browser: a lesson you import or make stays in the browser where you did it. Open its file or its link here.',

  // The presenter window (src/features/presenter)
  'lesson.presenter.label': 'Presenter view',
  'lesson.presenter.open': 'Presenter view',
  'lesson.presenter.part': 'part {n} of {count}',
  'lesson.presenter.elapsed': 'Elapsed time {time}',
  'lesson.presenter.pause': 'Pause timer',
  'lesson.presenter.resume': 'Resume timer',
  'lesson.presenter.restart': 'Restart timer',
  'lesson.presenter.now': 'Now: {title}',
  'lesson.presenter.hidden': 'Colours hidden on the audience screen: next reveals.',
  'lesson.presenter.unpaired':
    'Not paired with a map window: open this view with N from the map’s window, and the two follow each other.',
  'lesson.presenter.screenBlack': 'The audience screen is black.',
  'lesson.presenter.screenWhite': 'The audience screen is white.',
  'lesson.presenter.notes': 'Notes',
  'lesson.presenter.outlined': 'Outlined: {names}',
  'lesson.presenter.audience': 'On the audience screen',
  'lesson.presenter.nextReveal': 'Next press: reveal',
  'lesson.presenter.nextCard': 'Next press: card {n} of {count} of this step',
  'lesson.presenter.nextQuestion': 'Next press: question {n} of {count} of this step',
  'lesson.presenter.next': 'Next: {title}',
  'lesson.presenter.end': 'End of the lesson',
  'lesson.presenter.guessing': 'A guessing step: colours stay hidden until the press after it.',
  'lesson.presenter.willOutline': 'Will outline: {names}',
  'lesson.presenter.black': 'Black screen',
  'lesson.presenter.white': 'White screen',
  'lesson.presenter.empty.title': 'Presenter view: no lesson is running',
  'lesson.presenter.empty.intro':
    'This window shows a lesson’s notes, its next step and a timer while the class sees the map.',
  'lesson.presenter.empty.step1':
    'In the map’s window (the one on the projector), press “{present}”.',
  'lesson.presenter.empty.step2':
    'Then press N there, or choose {tools}, then “{presenter}”: a presenter window opens, paired with that window.',
  'lesson.presenter.empty.step3': 'Step through the lesson from either window: the other follows.',
  'lesson.presenter.empty.openMap': 'Open the map',

  // A step's data (src/components/step-blocks)
  'lesson.block.onDate': '{what}, on {date}',
  'lesson.block.latest': '{what}, latest known',
  'lesson.block.count': 'Countries per type',
  'lesson.block.countries': 'Countries',
  'lesson.block.confidence': 'How sure are the positions, on {date}?',
  'lesson.block.confidenceLatest': 'How sure are the positions, latest known?',
  'lesson.block.none': 'none',
  'lesson.block.summary': '{country}: position as of {date}',
  'lesson.block.offers': '{country}: offers as of {date}',
  'lesson.block.conditions': '{country}: conditions as of {date}',
  'lesson.block.noneStated': 'None stated in the sources.',
  'lesson.block.changes': 'Changed type between {from} and {to}',
  'lesson.block.changesLatest': 'Changed type between {from} and the latest known',
  'lesson.block.noChanges': 'No country changed type.',
  'lesson.block.noPosition': 'No position recorded',
  'lesson.block.summitCommitted': 'Countries formally committed, as announced: {count, number}',
  'lesson.block.summitLeaders': 'Leaders taking part: {count, number}',
  'lesson.block.summitPublished':
    'List of the countries published: {published, select, yes {yes} other {no}}',
  'lesson.block.translatedBySource': 'translated from {language} by the source',
  'lesson.block.translatedByEditors': 'translated from {language} by the editors',
  'lesson.block.quote': '“{text}”',

  // Printed lessons (src/features/lesson-print)
  'lesson.print.steps': 'Print all steps',
  'lesson.print.worksheet': 'Print worksheet',
  'lesson.print.preparing': 'Preparing the pages…',
  'lesson.print.failed': 'The lesson could not be printed: {detail}',
  'lesson.print.label': 'Printable lesson',
  'lesson.print.stepOf': '{title} · Step {step} of {count}',
  'lesson.print.mapOfStep': 'The map of step {step}',
  'lesson.print.sources': 'Sources',
  'lesson.print.positionsOn': 'Positions on {date}.',
  'lesson.print.positionsLatest': 'Latest known positions.',
  'lesson.print.noMap': 'The map could not be drawn: open the lesson in the app.',
  'lesson.print.key': 'Key',
  'lesson.print.noSources': 'The lesson shows counts and lists from the data only.',
  'lesson.print.undated': 'undated',
  'lesson.print.worksheetLabel': 'Worksheet',
  'lesson.print.worksheetTitle': 'Worksheet: {title}',
  'lesson.print.nameLine': 'Name: ______________________ Date: ____________',
  'lesson.print.questions': 'Questions',
  'lesson.print.noQuestions': 'This lesson asks no written questions.',
  'lesson.print.mapTitle': 'Map: {title}',
  'lesson.print.blankMap': 'A blank map for step {step}, to colour in',
  'lesson.print.answerKey': 'Answer key (for the teacher)',
  'lesson.print.noGuesses': 'This lesson has no guessing step to answer.',
  'lesson.print.answerStep': 'Step {step}: {title}',
  'lesson.print.revealedMap': 'The map of step {step}, revealed',

  // My lessons (src/features/my-lessons)
  'lesson.my.title': 'My lessons',
  'lesson.my.open': 'My lessons',
  'lesson.my.intro':
    'Lessons you make here, or open from a file or a link, are kept in this browser only: no account, no server, and they work offline. To take one to another computer, export it as a file or copy its link.',
  'lesson.my.new': 'New lesson',
  'lesson.my.notOpened': 'The lesson was not opened:',
  'lesson.my.kept': 'Kept in this browser',
  'lesson.my.none':
    'No lessons yet. Make one, open a lesson file above, or a lesson link someone sent you.',
  'lesson.my.builtIn': 'Built-in lessons',
  'lesson.my.builtInMeta': '{count, plural, one {# step} other {# steps}} · comes with the app',
  'lesson.my.unreadable': '{id}: could not be read.',
  'lesson.my.loading': 'Loading…',
  'lesson.my.keptMeta': '{count, plural, one {# step} other {# steps}} · kept {when}',
  'lesson.my.untitled': 'Untitled lesson',
  'lesson.my.copyTitle': '{title} (copy)',
  'lesson.my.present': 'Present',
  'lesson.my.edit': 'Edit',
  'lesson.my.editCopy': 'Edit a copy',
  'lesson.my.export': 'Export file',
  'lesson.my.copyLink': 'Copy link',
  'lesson.my.delete': 'Delete',
  'lesson.my.fileInput': 'Open a lesson file (.json), or drop one here',
  'lesson.my.inBuilder': '“{title}” is open in the builder.',
  'lesson.my.added': '“{title}” is now in My lessons.',
  'lesson.my.linkCopied': 'Link copied ({count, number} characters).',
  'lesson.my.linkTooLong':
    'This lesson is too long for a link ({count, number} characters; links are kept under {max, number}). Export it as a file instead.',
  'lesson.my.deleted': 'Lesson deleted from this browser.',
  'lesson.my.failed': '{detail}',
  'lesson.storage.full':
    'This browser’s storage is full, so the lesson was not kept. Export it as a file, or delete a lesson you no longer need.',
  'lesson.storage.refused':
    'This browser would not keep the lesson ({detail}). Export it as a file to keep it.',
  'lesson.storage.fullThisVisit':
    'This browser’s storage is full, so the lesson was not kept. It is shown for this visit only.',
  'lesson.storage.refusedThisVisit':
    'This browser would not keep the lesson ({detail}). It is shown for this visit only.',

  // Lesson links (datasets/lesson-link.ts)
  'lesson.link.tooOldMake':
    'This browser is too old to make lesson links: export the lesson as a file.',
  'lesson.link.tooOldOpen':
    'This browser is too old to open lesson links: open the lesson’s file instead.',
  'lesson.link.tooBig':
    'This lesson link holds more than a lesson file may ({max, number} KB): it was not opened.',
  'lesson.link.damaged':
    'This lesson link is damaged or incomplete (it may have been cut when it was pasted). Ask for the lesson file instead.',
  'lesson.link.notOpened':
    'The lesson link was not opened: {count, plural, one {one problem was found in it.} other {# problems were found in it.}}',

  // Problems in a lesson file or link ({at} is where: “file: steps[2].show[0]: ”, or empty)
  'lesson.problem.tooBig':
    '{at}is {size, number} KB: a lesson file may be at most {max, number} KB',
  'lesson.problem.notJson': '{at}is not a lesson file (not valid JSON: {detail})',
  'lesson.problem.notObject':
    '{at}is not a lesson file (expected an object with a title and steps)',
  'lesson.problem.more': '…and {count, number} more problems',
  'lesson.problem.missing': '{at}is missing',
  'lesson.problem.empty': '{at}must not be empty',
  'lesson.problem.tooLong': '{at}must be at most {max, number} characters',
  'lesson.problem.fewSteps': '{at}needs at least two steps',
  'lesson.problem.tooFew': '{at}needs at least {min, plural, one {one entry} other {# entries}}',
  'lesson.problem.tooMany': '{at}may have at most {max, plural, one {one entry} other {# entries}}',
  'lesson.problem.kebab': '{at}must be kebab-case (small letters, digits and hyphens)',
  'lesson.problem.iso3': '{at}must be three capital letters (an ISO code such as FRA)',
  'lesson.problem.date': '{at}must be a date written YYYY-MM-DD',
  'lesson.problem.bounds': '{at}must be [west, south, east, north]',
  'lesson.problem.unknownKeys': '{at}has an unknown field: {keys}',
  'lesson.problem.invalid': '{at}is not valid ({detail})',
  'lesson.problem.noCountry': '{at}no country has the code “{iso3}” in the data',
  'lesson.problem.duplicateStep': '{at}two steps have this id',
  'lesson.problem.manyCountries':
    '{at}names more than one country by hand: select them with outline',
  'lesson.problem.typed':
    '{at}types {what, select, number {a number} quotation {a quotation} date {a date} other {a list of countries}} by hand: it must come from the data',
  'lesson.problem.revealOnly': '{at}is only shown after a reveal: the step has no reveal',
  'lesson.problem.noQuote': '{at}no quote has the id “{id}”',
  'lesson.problem.noFact': '{at}the data has no summit fact number {index, number}',
  'lesson.problem.noEvent': '{at}no timeline event on {date} titled “{title}”',
  'lesson.problem.idMismatch': '{at}is “{id}”, expected “{expected}”',
  'lesson.problem.noSuchId': 'No lesson has the id “{id}”.',
} as const;
