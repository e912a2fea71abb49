/**
 * Every change to the store goes through these actions, named as events ("what happened"),
 * and cross-slice rules live here: e.g. hiding a type deselects a country of that type.
 */
import type { StoreApi } from 'zustand';
import type { CommitmentTypeId } from '@/datasets/schemas';
import type { AppState } from './app-store';
import type { UrlState } from './url-state';
import type { View } from './view-slice';
import type { ThemePreference } from './display-slice';

const shown = (s: Pick<AppState, 'shownTypes'>, t: CommitmentTypeId | undefined) =>
  s.shownTypes.length === 0 || (t !== undefined && s.shownTypes.includes(t));

/** Keeps the selection only if the filter still shows it. */
const keepSelection = (s: AppState, shownTypes: CommitmentTypeId[]) => {
  const iso3 = s.selectedIso3;
  if (!iso3 || !(iso3 in s.countryTypes)) return iso3;
  return shown({ shownTypes }, s.countryTypes[iso3]) ? iso3 : null;
};

export function createActions(set: StoreApi<AppState>['setState']) {
  return {
    countryChosen: (iso3: string | null) =>
      set((s) => ({ selectedIso3: iso3, selectionSerial: s.selectionSerial + 1 })),
    selectionCleared: () => set({ selectedIso3: null }),
    typeToggled: (type: CommitmentTypeId) =>
      set((s) => {
        const shownTypes = s.shownTypes.includes(type)
          ? s.shownTypes.filter((t) => t !== type)
          : [...s.shownTypes, type];
        return { shownTypes, selectedIso3: keepSelection(s, shownTypes) };
      }),
    filtersReset: () => set({ shownTypes: [], search: '' }),
    searchChanged: (search: string) => set({ search }),
    countryTypesResolved: (countryTypes: Record<string, CommitmentTypeId>) =>
      set((s) => ({
        countryTypes,
        selectedIso3: keepSelection({ ...s, countryTypes }, s.shownTypes),
      })),
    dateChosen: (asOf: string | null) => set({ asOf }),
    patternsToggled: () => set((s) => ({ patterns: !s.patterns })),
    projectorToggled: () => set((s) => ({ projector: !s.projector })),
    themeChosen: (theme: ThemePreference) => set({ theme }),
    concealChanged: (concealed: boolean) => set({ concealed }),
    viewChanged: (view: View) => set({ view }),
    noticesAdded: (notices: string[]) =>
      set((s) => ({ notices: [...s.notices, ...notices.filter((n) => !s.notices.includes(n))] })),
    noticeDismissed: (notice: string) =>
      set((s) => ({ notices: s.notices.filter((n) => n !== notice) })),
    /** The URL changed under us (first load, Back/Forward): adopt it wholesale. */
    urlRead: (u: UrlState) =>
      set((s) => ({
        selectedIso3: u.country,
        selectionSerial: u.country !== s.selectedIso3 ? s.selectionSerial + 1 : s.selectionSerial,
        shownTypes: u.types,
        asOf: u.date,
        view: u.view,
        patterns: u.patterns,
        projector: u.projector,
        theme: u.theme,
        // Back/Forward through lesson steps; leaving the lesson drops its outlines and blackout.
        lessonId: u.lesson ?? null,
        lessonStep: u.step ?? 1,
        ...(u.lesson ? {} : { highlighted: [], concealed: false, blackout: 'off' as const }),
      })),
  };
}
export type AppActions = ReturnType<typeof createActions>;
