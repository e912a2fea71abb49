import type { StateCreator } from 'zustand';
import type { Msg } from '@/i18n/messages';
import type { AppState } from './app-store';

export type View = 'map' | 'about' | 'table' | 'lessons';

export interface ViewSlice {
  /** Show positions as they stood on this date (YYYY-MM-DD); null = the latest known. */
  asOf: string | null;
  /**
   * The date the reader came from (`'latest'`: the latest known): the map outlines and lists the
   * countries whose type differs between it and `asOf`. `null`: no comparison.
   */
  compareWith: string | null;
  view: View;
  /** Small, dismissible messages, e.g. about a URL value that was ignored. */
  notices: Msg[];
  /** The teacher's lesson open in the builder beside the map (URL `?edit=my-…`), or null. */
  editingId: string | null;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = () => ({
  asOf: null,
  compareWith: null,
  view: 'map',
  notices: [],
  editingId: null,
});
