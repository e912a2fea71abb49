import type { AreaMessages } from '../messages';
import type { app as en } from '../en/app';

/** The app's frame: header, views, notices, errors, the language switcher. */
export const app: AreaMessages<typeof en> = {
  'app.name': 'Coalition Map',
  'app.documentTitle':
    'Coalition Map : garanties de sécurité pour l’Ukraine après un cessez-le-feu',
  'app.tagline': 'Qui a promis quoi pour la sécurité de l’Ukraine après un cessez-le-feu',
  'app.views': 'Vues',
  'app.aboutData': 'À propos des données',
  'app.backToMap': 'Retour à la carte',
  'app.mapAndTable': 'Carte et tableau',
  'app.skipToList': 'Aller à la liste des pays',
  'app.showAs': 'Afficher en',
  'app.showMap': 'Carte',
  'app.showTable': 'Tableau',
  'app.keyAndFilters': 'Légende et filtres',
  'app.hideKeyAndFilters': 'Masquer légende et filtres',
  'app.loadingData': 'Chargement des données de la coalition…',
  'app.openFull': 'Ouvrir dans Coalition Map',
  'app.opensNewTab': '(s’ouvre dans un nouvel onglet)',
  'app.tryAgain': 'Réessayer',
  'app.featureFailed': 'La partie « {feature} » a cessé de fonctionner : {error}',
  'app.feature.legend': 'légende et liste des pays',
  'app.feature.presenter': 'vue présentateur',
  'app.feature.about': 'À propos',
  'app.feature.lessons': 'Mes leçons',
  'app.feature.map': 'carte',
  'app.feature.panel': 'fiche pays',
  'app.feature.table': 'tableau',
  'app.feature.lesson': 'leçon',
  'app.feature.builder': 'éditeur de leçons',
  'app.dataFailed': 'Les données de la coalition n’ont pas pu être chargées',
  'app.dataProblems':
    '{count, plural, one {# problème a été trouvé dans les fichiers de données :} other {# problèmes ont été trouvés dans les fichiers de données :}}',
  'app.dataMore': '…et {count, number} de plus.',
  'headline.committed':
    '<strong>{count, plural, one {# pays s’est formellement engagé} other {# pays se sont formellement engagés}}</strong> pour une « force de réassurance » (Macron, Paris, {date}).',
  'headline.unpublished': 'La liste n’a jamais été publiée.',
  'headline.shows': 'Cette carte montre ce que chaque gouvernement a dit, avec ses sources.',
  'headline.stale':
    'Positions enregistrées jusqu’au {date} : des changements ultérieurs peuvent manquer.',
  'lang.label': 'Langue',
  'lang.failed':
    'L’interface en {language} n’a pas pu être chargée (hors ligne ?) : elle s’affiche en anglais.',
  'notice.dismiss': 'Fermer l’avis',
  'notice.raw': '{text}',
  'notice.url.country':
    'country={value} ignoré : un code ISO à trois lettres est attendu, par exemple FRA.',
  'notice.url.countryUnknown': 'country={iso3} ignoré : aucun pays n’a ce code ISO.',
  'notice.url.types':
    '{count, plural, one {Catégorie inconnue ignorée : {values}.} other {Catégories inconnues ignorées : {values}.}}',
  'notice.url.date': '{key}={value} ignoré : le format attendu est YYYY-MM-DD.',
  'notice.url.future': '{key}={value} ignoré : ce jour n’est pas encore arrivé.',
  'notice.url.view': 'view={value} ignoré : valeurs attendues « about », « table » ou « lessons ».',
  'notice.url.flag': '{key}={value} ignoré : valeurs attendues 1 ou 0.',
  'notice.url.theme': 'theme={value} ignoré : valeurs attendues light ou dark.',
  'notice.url.lesson': 'lesson={value} ignoré : un identifiant de leçon est attendu.',
  'notice.url.stepNoLesson': 'step={value} ignoré : aucune leçon n’est indiquée.',
  'notice.url.step': 'step={value} ignoré : un numéro d’étape à partir de 1 est attendu.',
  'notice.url.reveal': 'reveal={value} ignoré : un nombre à partir de 1 est attendu.',
  'notice.url.pair': 'pair={value} ignoré : ce n’est pas un identifiant d’appariement de fenêtres.',
  'notice.url.edit': 'edit={value} ignoré : ce n’est pas une de Mes leçons.',
  'notice.url.lang': 'lang={value} ignoré : valeurs attendues en, fr, de, uk ou pl.',
  'notice.lessonStep':
    'step={step} ignoré : cette leçon compte {count, plural, one {# étape} other {# étapes}}.',
  'notice.url.camera':
    'Position de la carte dans l’adresse ignorée : le format attendu est #map=ZOOM/LAT/LON.',
};
