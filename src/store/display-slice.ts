import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export type ThemePreference = 'system' | 'light' | 'dark';

export interface DisplaySlice {
  /** Per-type patterns on the map, so it reads in black and white. */
  patterns: boolean;
  /** Projector mode: large type, thick borders, chrome hidden (classroom). */
  projector: boolean;
  theme: ThemePreference;
}

export const createDisplaySlice: StateCreator<AppState, [], [], DisplaySlice> = () => ({
  patterns: false,
  projector: false,
  theme: 'system',
});
