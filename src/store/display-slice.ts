import type { StateCreator } from 'zustand';
import type { Lang } from '@/i18n/langs';
import type { AppState } from './app-store';

export type ThemePreference = 'system' | 'light' | 'dark';

export interface DisplaySlice {
  /** Per-type patterns on the map, so it reads in black and white. */
  patterns: boolean;
  /** Projector mode: large type, thick borders, chrome hidden (classroom). */
  projector: boolean;
  theme: ThemePreference;
  /**
   * The compact view framed in another page (`?embed=1`: a learning platform, slides): map,
   * legend and panel, no header chrome.
   */
  embed: boolean;
  /** The language the reader chose (`?lang=`, the switcher); null: the browser's (below). */
  lang: Lang | null;
  /** The first of the browser's preferred languages the app speaks, read once at start. */
  browserLang: Lang;
}

export const createDisplaySlice: StateCreator<AppState, [], [], DisplaySlice> = () => ({
  patterns: false,
  projector: false,
  theme: 'system',
  embed: false,
  lang: null,
  browserLang: 'en',
});
