import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export type View = 'map' | 'about' | 'table';

export interface ViewSlice {
  /** Show positions as they stood on this date (YYYY-MM-DD); null = the latest known. */
  asOf: string | null;
  view: View;
  /** Small, dismissible messages, e.g. about a URL value that was ignored. */
  notices: string[];
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = () => ({
  asOf: null,
  view: 'map',
  notices: [],
});
