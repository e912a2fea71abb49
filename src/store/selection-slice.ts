import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export interface SelectionSlice {
  /** ISO3 of the country whose panel is open; any country on the map, in the data or not. */
  selectedIso3: string | null;
  /** Bumped on every choice, so choosing the open country again still moves focus to it. */
  selectionSerial: number;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = () => ({
  selectedIso3: null,
  selectionSerial: 0,
});
