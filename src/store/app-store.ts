/**
 * One zustand store with slices, created by a factory so that every test and every app
 * instance gets its own (TkDodo, "Zustand and React Context"). Components read it through the
 * atomic hooks in hooks.ts; the raw store (`useAppStoreApi`) is for code that acts at the
 * moment of an event (the lesson controller, the URL sync, the keyboard layer).
 */
import { createStore } from 'zustand/vanilla';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createFilterSlice, type FilterSlice } from './filter-slice';
import { createViewSlice, type ViewSlice } from './view-slice';
import { createDisplaySlice, type DisplaySlice } from './display-slice';
import { createLessonSlice, type LessonSlice } from './lesson-slice';
import { createClassroomSlice, type ClassroomSlice } from './classroom-slice';
import { createActions, type AppActions } from './actions';
import { createLessonActions, type LessonActions } from './lesson-actions';

export type AppState = SelectionSlice &
  FilterSlice &
  ViewSlice &
  DisplaySlice &
  LessonSlice &
  ClassroomSlice & { actions: AppActions & LessonActions };

/** What a change does to the browser history (read by the URL sync while the change runs). */
export type HistoryEntry = 'push' | 'replace';
export type Write = (
  change: Partial<AppState> | ((s: AppState) => Partial<AppState>),
  entry?: HistoryEntry,
) => void;

export type AppStore = ReturnType<typeof createAppStore>;

export function createAppStore(init: Partial<Omit<AppState, 'actions'>> = {}) {
  let entry: HistoryEntry = 'replace';
  const store = createStore<AppState>()((set, get, api) => {
    // zustand calls its listeners inside setState, so the URL sync sees the entry kind of the
    // change it is told about.
    const write: Write = (change, kind = 'replace') => {
      entry = kind;
      try {
        set(change);
      } finally {
        entry = 'replace';
      }
    };
    return {
      ...createSelectionSlice(set, get, api),
      ...createFilterSlice(set, get, api),
      ...createViewSlice(set, get, api),
      ...createDisplaySlice(set, get, api),
      ...createLessonSlice(set, get, api),
      ...createClassroomSlice(set, get, api),
      ...init,
      actions: { ...createActions(write), ...createLessonActions(write) },
    };
  });
  return Object.assign(store, {
    /** Whether the change being announced to listeners asked for a new history entry. */
    historyEntry: (): HistoryEntry => entry,
  });
}
