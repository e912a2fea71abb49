import type { AreaMessages } from '../messages';
import type { lesson as en } from '../en/lesson';

export const lesson: AreaMessages<typeof en> = {
  'lesson.label': 'Leçon',
  'lesson.loading': 'Chargement de la leçon…',
  'lesson.progress': 'Étape {step} sur {count}',
  'lesson.part.card': 'carte {n} sur {count}',
  'lesson.part.question': 'question {n} sur {count}',
  'lesson.hidden':
    'Couleurs masquées : faites votre pronostic, puis passez à la suite pour révéler.',
  'lesson.controls': 'Commandes de la leçon',
  'lesson.projectorScale': 'Échelle projecteur',
  'lesson.tools': 'Outils',
  'lesson.leave': 'Quitter la leçon',
  'lesson.leaveShort': 'Quitter',
  'lesson.announce': 'Étape {step} sur {count} : {title}',
  'lesson.announcePart': ', {part}',
  'lesson.announceHidden': '. Couleurs masquées jusqu’à la révélation.',
  'lesson.blackout.black':
    'L’écran est noir. Appuyez sur B ou Échap pour afficher à nouveau la carte.',
  'lesson.blackout.white':
    'L’écran est blanc. Appuyez sur W ou Échap pour afficher à nouveau la carte.',
  'lesson.present': 'Présenter',
  'lesson.unknownId': 'lesson={id} ignoré : aucune leçon n’a cet identifiant.',
  'lesson.notStarted': 'La leçon n’a pas pu démarrer : {detail}',
  'lesson.notStartedProblems':
    'La leçon n’a pas pu démarrer : {count, plural, one {# problème y a été trouvé.} other {# problèmes y ont été trouvés.}}',
  'lesson.notKept':
    'Cette leçon n’est pas conservée dans ce navigateur : une leçon importée ou créée reste dans le navigateur où cela a été fait. Ouvrez ici son fichier ou son lien.',

  'lesson.presenter.label': 'Mode présentateur',
  'lesson.presenter.open': 'Mode présentateur',
  'lesson.presenter.part': 'partie {n} sur {count}',
  'lesson.presenter.elapsed': 'Temps écoulé {time}',
  'lesson.presenter.pause': 'Pause du minuteur',
  'lesson.presenter.resume': 'Reprendre le minuteur',
  'lesson.presenter.restart': 'Relancer le minuteur',
  'lesson.presenter.now': 'Maintenant : {title}',
  'lesson.presenter.hidden':
    'Couleurs masquées sur l’écran du public : l’appui suivant les révèle.',
  'lesson.presenter.unpaired':
    'Non associé à une fenêtre de carte : ouvrez cette vue avec N depuis la fenêtre de la carte, et les deux se suivront.',
  'lesson.presenter.screenBlack': 'L’écran du public est noir.',
  'lesson.presenter.screenWhite': 'L’écran du public est blanc.',
  'lesson.presenter.notes': 'Notes',
  'lesson.presenter.outlined': 'Entourés : {names}',
  'lesson.presenter.audience': 'Sur l’écran du public',
  'lesson.presenter.nextReveal': 'Appui suivant : révéler',
  'lesson.presenter.nextCard': 'Appui suivant : carte {n} sur {count} de cette étape',
  'lesson.presenter.nextQuestion': 'Appui suivant : question {n} sur {count} de cette étape',
  'lesson.presenter.next': 'Ensuite : {title}',
  'lesson.presenter.end': 'Fin de la leçon',
  'lesson.presenter.guessing':
    'Une étape à deviner : les couleurs restent masquées jusqu’à l’appui suivant.',
  'lesson.presenter.willOutline': 'Entourera : {names}',
  'lesson.presenter.black': 'Écran noir',
  'lesson.presenter.white': 'Écran blanc',
  'lesson.presenter.empty.title': 'Mode présentateur : aucune leçon en cours',
  'lesson.presenter.empty.intro':
    'Cette fenêtre affiche les notes d’une leçon, son étape suivante et un minuteur pendant que la classe voit la carte.',
  'lesson.presenter.empty.step1':
    'Dans la fenêtre de la carte (celle du projecteur), appuyez sur « {present} ».',
  'lesson.presenter.empty.step2':
    'Puis appuyez sur N dans cette fenêtre, ou choisissez {tools}, puis « {presenter} » : une fenêtre présentateur s’ouvre, associée à cette fenêtre.',
  'lesson.presenter.empty.step3':
    'Avancez dans la leçon depuis l’une ou l’autre fenêtre : l’autre suit.',
  'lesson.presenter.empty.openMap': 'Ouvrir la carte',

  'lesson.block.onDate': '{what}, au {date}',
  'lesson.block.latest': '{what}, dernier état connu',
  'lesson.block.count': 'Pays par type',
  'lesson.block.countries': 'Pays',
  'lesson.block.confidence': 'Quelle est la fiabilité des positions au {date} ?',
  'lesson.block.confidenceLatest': 'Quelle est la fiabilité des positions, dernier état connu ?',
  'lesson.block.none': 'aucun',
  'lesson.block.summary': '{country} : position au {date}',
  'lesson.block.offers': '{country} : offres au {date}',
  'lesson.block.conditions': '{country} : conditions au {date}',
  'lesson.block.noneStated': 'Aucune mentionnée dans les sources.',
  'lesson.block.changes': 'Type changé entre le {from} et le {to}',
  'lesson.block.changesLatest': 'Type changé entre le {from} et le dernier état connu',
  'lesson.block.noChanges': 'Aucun pays n’a changé de type.',
  'lesson.block.noPosition': 'Aucune position enregistrée',
  'lesson.block.summitCommitted': 'Pays formellement engagés, selon l’annonce : {count, number}',
  'lesson.block.summitLeaders': 'Dirigeants participants : {count, number}',
  'lesson.block.summitPublished':
    'Liste des pays publiée : {published, select, yes {oui} other {non}}',
  'lesson.block.translatedBySource': 'langue d’origine : {language} ; traduit par la source',
  'lesson.block.translatedByEditors': 'langue d’origine : {language} ; traduit par la rédaction',
  'lesson.block.quote': '« {text} »',

  'lesson.print.steps': 'Imprimer les étapes',
  'lesson.print.worksheet': 'Imprimer la fiche d’exercices',
  'lesson.print.preparing': 'Préparation des pages…',
  'lesson.print.failed': 'La leçon n’a pas pu être imprimée : {detail}',
  'lesson.print.label': 'Leçon imprimable',
  'lesson.print.stepOf': '{title} · Étape {step} sur {count}',
  'lesson.print.mapOfStep': 'La carte de l’étape {step}',
  'lesson.print.sources': 'Sources',
  'lesson.print.positionsOn': 'Positions au {date}.',
  'lesson.print.positionsLatest': 'Dernières positions connues.',
  'lesson.print.noMap': 'La carte n’a pas pu être dessinée : ouvrez la leçon dans l’application.',
  'lesson.print.key': 'Légende',
  'lesson.print.noSources': 'La leçon ne montre que des décomptes et des listes issus des données.',
  'lesson.print.undated': 'non daté',
  'lesson.print.worksheetLabel': 'Fiche d’exercices',
  'lesson.print.worksheetTitle': 'Fiche d’exercices : {title}',
  'lesson.print.nameLine': 'Nom : ______________________ Date : ____________',
  'lesson.print.questions': 'Questions',
  'lesson.print.noQuestions': 'Cette leçon ne pose aucune question écrite.',
  'lesson.print.mapTitle': 'Carte : {title}',
  'lesson.print.blankMap': 'Une carte vierge pour l’étape {step}, à colorier',
  'lesson.print.answerKey': 'Corrigé (pour l’enseignant)',
  'lesson.print.noGuesses': 'Cette leçon n’a aucune étape à deviner.',
  'lesson.print.answerStep': 'Étape {step} : {title}',
  'lesson.print.revealedMap': 'La carte de l’étape {step}, révélée',

  'lesson.my.title': 'Mes leçons',
  'lesson.my.open': 'Mes leçons',
  'lesson.my.intro':
    'Les leçons créées ici, ou ouvertes depuis un fichier ou un lien, sont conservées dans ce navigateur uniquement : pas de compte, pas de serveur, et elles fonctionnent hors ligne. Pour en emporter une sur un autre ordinateur, exportez-la en fichier ou copiez son lien.',
  'lesson.my.new': 'Nouvelle leçon',
  'lesson.my.notOpened': 'La leçon n’a pas été ouverte :',
  'lesson.my.kept': 'Conservées dans ce navigateur',
  'lesson.my.none':
    'Aucune leçon pour l’instant. Créez-en une, ouvrez un fichier de leçon ci-dessus, ou un lien de leçon que l’on vous a envoyé.',
  'lesson.my.builtIn': 'Leçons fournies',
  'lesson.my.builtInMeta':
    '{count, plural, one {# étape} other {# étapes}} · fournie avec l’application',
  'lesson.my.unreadable': '{id} : illisible.',
  'lesson.my.loading': 'Chargement…',
  'lesson.my.keptMeta': '{count, plural, one {# étape} other {# étapes}} · conservée le {when}',
  'lesson.my.untitled': 'Leçon sans titre',
  'lesson.my.copyTitle': '{title} (copie)',
  'lesson.my.present': 'Présenter',
  'lesson.my.edit': 'Modifier',
  'lesson.my.editCopy': 'Modifier une copie',
  'lesson.my.export': 'Exporter le fichier',
  'lesson.my.copyLink': 'Copier le lien',
  'lesson.my.delete': 'Supprimer',
  'lesson.my.fileInput': 'Ouvrir un fichier de leçon (.json), ou le déposer ici',
  'lesson.my.inBuilder': '« {title} » est ouverte dans l’éditeur.',
  'lesson.my.added': '« {title} » est maintenant dans Mes leçons.',
  'lesson.my.linkCopied': 'Lien copié ({count, number} caractères).',
  'lesson.my.linkTooLong':
    'Cette leçon est trop longue pour un lien ({count, number} caractères ; les liens restent sous {max, number}). Exportez-la plutôt en fichier.',
  'lesson.my.deleted': 'Leçon supprimée de ce navigateur.',
  'lesson.my.failed': '{detail}',
  'lesson.storage.full':
    'Le stockage de ce navigateur est plein : la leçon n’a pas été conservée. Exportez-la en fichier, ou supprimez une leçon dont vous n’avez plus besoin.',
  'lesson.storage.refused':
    'Ce navigateur a refusé de conserver la leçon ({detail}). Exportez-la en fichier pour la garder.',
  'lesson.storage.fullThisVisit':
    'Le stockage de ce navigateur est plein : la leçon n’a pas été conservée. Elle est affichée pour cette visite seulement.',
  'lesson.storage.refusedThisVisit':
    'Ce navigateur a refusé de conserver la leçon ({detail}). Elle est affichée pour cette visite seulement.',

  'lesson.link.tooOldMake':
    'Ce navigateur est trop ancien pour créer des liens de leçon : exportez la leçon en fichier.',
  'lesson.link.tooOldOpen':
    'Ce navigateur est trop ancien pour ouvrir des liens de leçon : ouvrez plutôt le fichier de la leçon.',
  'lesson.link.tooBig':
    'Ce lien de leçon contient plus qu’un fichier de leçon ne le peut ({max, number} Ko) : il n’a pas été ouvert.',
  'lesson.link.damaged':
    'Ce lien de leçon est endommagé ou incomplet (il a peut-être été coupé lors du collage). Demandez plutôt le fichier de la leçon.',
  'lesson.link.notOpened':
    'Le lien de leçon n’a pas été ouvert : {count, plural, one {# problème y a été trouvé.} other {# problèmes y ont été trouvés.}}',

  'lesson.problem.tooBig':
    '{at}fait {size, number} Ko : un fichier de leçon ne peut dépasser {max, number} Ko',
  'lesson.problem.notJson': '{at}n’est pas un fichier de leçon (JSON non valide : {detail})',
  'lesson.problem.notObject':
    '{at}n’est pas un fichier de leçon (un objet avec un titre et des étapes est attendu)',
  'lesson.problem.more': '… et {count, number} autres problèmes',
  'lesson.problem.missing': '{at}manquant',
  'lesson.problem.empty': '{at}ne doit pas être vide',
  'lesson.problem.tooLong': '{at}doit faire au plus {max, number} caractères',
  'lesson.problem.fewSteps': '{at}il faut au moins deux étapes',
  'lesson.problem.tooFew': '{at}il faut au moins {min, plural, one {# élément} other {# éléments}}',
  'lesson.problem.tooMany':
    '{at}au plus {max, plural, one {# élément} other {# éléments}} autorisés',
  'lesson.problem.kebab': '{at}doit être en kebab-case (minuscules, chiffres et traits d’union)',
  'lesson.problem.iso3': '{at}doit être trois lettres majuscules (un code ISO comme FRA)',
  'lesson.problem.date': '{at}doit être une date écrite AAAA-MM-JJ',
  'lesson.problem.bounds': '{at}doit être [west, south, east, north]',
  'lesson.problem.unknownKeys': '{at}contient un champ inconnu : {keys}',
  'lesson.problem.invalid': '{at}n’est pas valide ({detail})',
  'lesson.problem.noCountry': '{at}aucun pays n’a le code « {iso3} » dans les données',
  'lesson.problem.duplicateStep': '{at}deux étapes ont cet identifiant',
  'lesson.problem.manyCountries':
    '{at}nomme plus d’un pays à la main : sélectionnez-les avec outline',
  'lesson.problem.typed':
    '{at}saisit {what, select, number {un nombre} quotation {une citation} date {une date} other {une liste de pays}} à la main : cela doit venir des données',
  'lesson.problem.revealOnly': '{at}n’est affiché qu’après une révélation : l’étape n’en a pas',
  'lesson.problem.noQuote': '{at}aucune citation n’a l’identifiant « {id} »',
  'lesson.problem.noFact': '{at}les données n’ont pas de fait du sommet numéro {index, number}',
  'lesson.problem.noEvent': '{at}aucun événement de la chronologie le {date} intitulé « {title} »',
  'lesson.problem.idMismatch': '{at}vaut « {id} », attendu « {expected} »',
  'lesson.problem.noSuchId': 'Aucune leçon n’a l’identifiant « {id} ».',
};
