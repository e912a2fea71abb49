/**
 * One zustand store with slices, created by a factory so that every test and every app
 * instance gets its own (TkDodo, "Zustand and React Context"). The raw store is not exported:
 * components read it through the atomic hooks in hooks.ts.
 */
import { createStore } from 'zustand/vanilla';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createFilterSlice, type FilterSlice } from './filter-slice';
import { createViewSlice, type ViewSlice } from './view-slice';
import { createDisplaySlice, type DisplaySlice } from './display-slice';
import { createActions, type AppActions } from './actions';
import {
  createPresentationActions,
  createPresentationSlice,
  type PresentationActions,
  type PresentationSlice,
} from './presentation-slice';

export type AppState = SelectionSlice &
  FilterSlice &
  ViewSlice &
  DisplaySlice &
  PresentationSlice & { actions: AppActions & PresentationActions };
export type AppStore = ReturnType<typeof createAppStore>;

export function createAppStore(init: Partial<Omit<AppState, 'actions'>> = {}) {
  return createStore<AppState>()((set, get, api) => ({
    ...createSelectionSlice(set, get, api),
    ...createFilterSlice(set, get, api),
    ...createViewSlice(set, get, api),
    ...createDisplaySlice(set, get, api),
    ...createPresentationSlice(set, get, api),
    ...init,
    actions: { ...createActions(api.setState), ...createPresentationActions(api.setState) },
  }));
}
