/**
 * Every change to the store goes through these actions, named as events ("what happened").
 * Each declares what it does to the browser history: a choice of country pushes an entry (Back
 * returns to the previous country); everything else replaces the current one.
 * Cross-slice rules live here: hiding a type deselects a country of that type.
 */
import type { CommitmentTypeId } from '@/datasets/schemas';
import type { Lang } from '@/i18n/langs';
import { msg, sameMsg, type Msg } from '@/i18n/messages';
import type { AppState, Write } from './app-store';
import type { UrlFields } from './url';
import type { View } from './view-slice';
import type { ThemePreference } from './display-slice';
import type { LessonMenu, LessonPrintJob } from './classroom-slice';
import { clampScale } from './classroom-slice';
import { noTypes, selectable, type TypeLookup } from './selectors';

/** The selection, kept only if the new filter or date still lets it be seen. */
const kept = (s: AppState, next: Pick<AppState, 'shownTypes' | 'asOf'>, typeOf: TypeLookup) =>
  s.selectedIso3 && !selectable(s.selectedIso3, next, typeOf) ? null : s.selectedIso3;

export function createActions(write: Write) {
  return {
    countryChosen: (iso3: string | null) =>
      write((s) => ({ selectedIso3: iso3, selectionSerial: s.selectionSerial + 1 }), 'push'),
    selectionCleared: () => write({ selectedIso3: null }),
    typeToggled: (type: CommitmentTypeId, typeOf: TypeLookup = noTypes) =>
      write((s) => {
        const shownTypes = s.shownTypes.includes(type)
          ? s.shownTypes.filter((t) => t !== type)
          : [...s.shownTypes, type];
        return { shownTypes, selectedIso3: kept(s, { shownTypes, asOf: s.asOf }, typeOf) };
      }),
    filtersReset: () => write({ shownTypes: [], search: '' }),
    searchChanged: (search: string) => write({ search }),
    /** A new date is compared with the one the reader came from (the change marks). */
    dateChosen: (asOf: string | null, typeOf: TypeLookup = noTypes) =>
      write((s) =>
        s.asOf === asOf
          ? {}
          : {
              asOf,
              compareWith: s.asOf ?? 'latest',
              selectedIso3: kept(s, { shownTypes: s.shownTypes, asOf }, typeOf),
            },
      ),
    comparisonDismissed: () => write({ compareWith: null }),
    /**
     * The data arrived: a linked country that is neither in the data nor on the map is dropped
     * with a notice, and one the link's own filter hides is dropped too.
     */
    linkChecked: (typeOf: TypeLookup, onMap: (iso3: string) => boolean) =>
      write((s) => {
        const iso3 = s.selectedIso3;
        if (!iso3) return {};
        if (typeOf(iso3, s.asOf) === undefined && !onMap(iso3))
          return {
            selectedIso3: null,
            notices: [...s.notices, msg('notice.url.countryUnknown', { iso3 })],
          };
        return { selectedIso3: kept(s, s, typeOf) };
      }),
    patternsToggled: () => write((s) => ({ patterns: !s.patterns })),
    /** From the stage's toggle or the Tools pop-up, which closes: the choice is made. */
    projectorToggled: () => write((s) => ({ projector: !s.projector, lessonMenu: null })),
    themeChosen: (theme: ThemePreference) => write({ theme }),
    viewChanged: (view: View) => write({ view }),
    /** "New lesson", "Edit", "Edit a copy": the builder opens beside the map (Back closes it). */
    lessonEditOpened: (lessonId: string) =>
      write({ editingId: lessonId, view: 'map', lessonMenu: null }, 'push'),
    /** The builder's "Done": back to My lessons, where the lesson is listed. */
    lessonEditClosed: () => write({ editingId: null, view: 'lessons' }, 'push'),
    noticesAdded: (notices: readonly Msg[]) =>
      write((s) => ({
        notices: [...s.notices, ...notices.filter((n) => !s.notices.some((o) => sameMsg(o, n)))],
      })),
    noticeDismissed: (notice: Msg) =>
      write((s) => ({ notices: s.notices.filter((n) => !sameMsg(n, notice)) })),
    /** The switcher: the choice goes in the address, so a shared link opens in it. */
    languageChosen: (lang: Lang) => write({ lang }),
    /** Back/Forward: adopt the address wholesale (the lesson controller applies a step's view). */
    urlRead: (u: UrlFields) =>
      write((s) => ({
        ...u,
        selectionSerial:
          u.selectedIso3 !== s.selectedIso3 ? s.selectionSerial + 1 : s.selectionSerial,
        // Leaving the lesson by Back drops its outlines, concealment and blackout.
        ...(u.lessonId ? {} : { highlighted: [], concealed: false, blackout: 'off' as const }),
      })),
    // Classroom chrome
    uiScaled: (delta: number) => write((s) => ({ uiScale: clampScale(s.uiScale + delta) })),
    sidebarToggled: () => write((s) => ({ sidebarCollapsed: !s.sidebarCollapsed })),
    /** Opens a pop-up (closing the other), or closes it. */
    lessonMenuToggled: (menu: LessonMenu | null) =>
      write((s) => ({ lessonMenu: menu === null || s.lessonMenu === menu ? null : menu })),
    printStarted: (mapImage: string | null) => write({ printJob: { mapImage } }),
    /** A lesson's pages to print (the pop-up that asked closes: the page is what is printed). */
    lessonPrintStarted: (lesson: LessonPrintJob) =>
      write({ printJob: { mapImage: null, lesson }, lessonMenu: null }),
    printEnded: () => write({ printJob: null }),
  };
}
export type AppActions = ReturnType<typeof createActions>;
