/**
 * The lesson on screen, as both windows share it (presenter channel) and as the address carries
 * it (`?lesson=…&step=…`). Which step's view is applied is the lesson controller's business
 * (src/features/lesson/lesson-controller.ts), not state.
 */
import type { StateCreator } from 'zustand';
import type { CommitmentTypeId } from '@/datasets/schemas';
import type { AppState } from './app-store';

export type Blackout = 'off' | 'black' | 'white';
export type Bounds = readonly [number, number, number, number];

export interface LessonSlice {
  /** The lesson being presented (URL `?lesson=`), or null. */
  lessonId: string | null;
  /** 1-based, as in the URL (`&step=`) and on screen ("Step 4 of 10"). */
  lessonStep: number;
  /**
   * 1-based, within the step (URL `&reveal=`, omitted at 1): a step shows its cards and
   * questions one clicker press at a time (src/datasets/lesson-reveals.ts).
   */
  lessonReveal: number;
  /** Colours hidden until the reveal (a lesson step lets the class guess first). */
  concealed: boolean;
  blackout: Blackout;
  /** This window is the presenter view (`?presenter=1`). */
  presenterView: boolean;
  /**
   * The id that pairs the audience window with the presenter window it opened (URL `&pair=`, in
   * both). Only windows with the same id follow each other; a window without one never joins.
   */
  pairId: string | null;
  /** Countries a step outlines on the map. */
  highlighted: string[];
}

export const createLessonSlice: StateCreator<AppState, [], [], LessonSlice> = () => ({
  lessonId: null,
  lessonStep: 1,
  lessonReveal: 1,
  concealed: false,
  blackout: 'off',
  presenterView: false,
  pairId: null,
  highlighted: [],
});

/** Everything a step sets on the map and the filters (see lesson-schema.ts). */
export interface StepView {
  country: string | null;
  types: CommitmentTypeId[];
  /** null: the latest known; undefined: keep the current date. */
  date: string | null | undefined;
  highlighted: string[];
  bounds: Bounds | null;
  reveal: boolean;
}
