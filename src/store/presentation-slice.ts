/**
 * Classroom state: which lesson step is on screen, the blackout, projector scale, and the map
 * requests a lesson makes (outlined countries, a camera move). Actions are events, as in
 * actions.ts; applying a step is one `set`, so the URL sync sees one change and pushes once.
 */
import type { StateCreator, StoreApi } from 'zustand';
import type { CommitmentTypeId } from '@/datasets/schemas';
import type { AppState } from './app-store';

export type Blackout = 'off' | 'black' | 'white';
export type LessonMenu = 'steps' | 'tools';
export type Bounds = readonly [number, number, number, number];

export interface PresentationSlice {
  /** The lesson being presented (URL `?lesson=`), or null. */
  lessonId: string | null;
  /** 1-based, as in the URL (`&step=`) and on screen ("Step 4 of 10"). */
  lessonStep: number;
  /** `lesson#step` of the step whose view was last applied: a different value means "apply". */
  stepApplied: string | null;
  blackout: Blackout;
  /** This window is the presenter view (`?presenter=1`). */
  presenterView: boolean;
  /** Countries a step outlines on the map. */
  highlighted: string[];
  /** A one-off camera move; `serial` makes the same bounds move the camera again. */
  cameraRequest: { bounds: Bounds; serial: number } | null;
  /** `+`/`-` in projector mode scale the whole interface. */
  uiScale: number;
  sidebarCollapsed: boolean;
  /** The lesson bar's pop-up open now: the step list or the tools. */
  lessonMenu: LessonMenu | null;
  /** Patterns as they were before printing, restored afterwards (null: not printing). */
  patternsBeforePrint: boolean | null;
  /** Bumped by "Print handout" and Ctrl+P; the presentation layer prepares the page and prints. */
  printRequest: number;
  /**
   * Registered by the map (use-map-sync.ts) when it exists: the map as drawn now, for image
   * export and the handout. A callback, because features never import each other.
   */
  mapSnapshot: (() => Promise<HTMLCanvasElement>) | null;
  /** The map's canvas as last drawn, synchronously: a print from the browser's menu cannot wait. */
  mapCanvas: (() => HTMLCanvasElement) | null;
}

export const createPresentationSlice: StateCreator<AppState, [], [], PresentationSlice> = () => ({
  lessonId: null,
  lessonStep: 1,
  stepApplied: null,
  blackout: 'off',
  presenterView: false,
  highlighted: [],
  cameraRequest: null,
  uiScale: 1,
  sidebarCollapsed: false,
  lessonMenu: null,
  patternsBeforePrint: null,
  printRequest: 0,
  mapSnapshot: null,
  mapCanvas: null,
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

export const stepKey = (lessonId: string, step: number) => `${lessonId}#${step}`;
export const MIN_SCALE = 0.7;
export const MAX_SCALE = 1.6;
const clampScale = (v: number) => Math.round(Math.min(MAX_SCALE, Math.max(MIN_SCALE, v)) * 10) / 10;

export function createPresentationActions(set: StoreApi<AppState>['setState']) {
  return {
    /** "Present" or a link: the lesson starts; its step is applied once the lesson has loaded. */
    lessonOpened: (lessonId: string, step = 1) =>
      set({ lessonId, lessonStep: step, stepApplied: null, lessonMenu: null }),
    /** A step is shown (next, previous, the step list, a link, the other window). */
    lessonStepShown: (lessonId: string, step: number, view: StepView) =>
      set((s) => ({
        lessonId,
        lessonStep: step,
        stepApplied: stepKey(lessonId, step),
        lessonMenu: null,
        selectedIso3: view.country,
        shownTypes: view.types,
        asOf: view.date === undefined ? s.asOf : view.date,
        concealed: view.reveal,
        // The outline would give the answer away before the reveal.
        highlighted: view.reveal ? [] : view.highlighted,
        cameraRequest: view.bounds
          ? { bounds: view.bounds, serial: (s.cameraRequest?.serial ?? 0) + 1 }
          : s.cameraRequest,
      })),
    /** The press after a reveal step: colours and outlines come back. */
    lessonRevealed: (highlighted: string[]) => set({ concealed: false, highlighted }),
    lessonLeft: () =>
      set({
        lessonId: null,
        lessonStep: 1,
        stepApplied: null,
        highlighted: [],
        concealed: false,
        blackout: 'off',
        lessonMenu: null,
        // Without a lesson nothing keeps a step's camera (a later panel must not snap back to it).
        cameraRequest: null,
      }),
    /** B or `.` (black), W (white): the same key again brings the screen back. */
    blackoutToggled: (mode: Exclude<Blackout, 'off'>) =>
      set((s) => ({ blackout: s.blackout === mode ? 'off' : mode })),
    blackoutChosen: (blackout: Blackout) => set({ blackout }),
    uiScaled: (delta: number) => set((s) => ({ uiScale: clampScale(s.uiScale + delta) })),
    sidebarToggled: () => set((s) => ({ sidebarCollapsed: !s.sidebarCollapsed })),
    /** Opens a pop-up of the lesson bar (closing the other), or closes it. */
    lessonMenuToggled: (menu: LessonMenu | null) =>
      set((s) => ({ lessonMenu: menu === null || s.lessonMenu === menu ? null : menu })),
    printRequested: () => set((s) => ({ printRequest: s.printRequest + 1 })),
    /** Printing reads in black and white: patterns on for the print, restored after. */
    printStarted: () =>
      set((s) =>
        s.patternsBeforePrint === null ? { patternsBeforePrint: s.patterns, patterns: true } : {},
      ),
    printEnded: () =>
      set((s) =>
        s.patternsBeforePrint === null
          ? {}
          : { patterns: s.patternsBeforePrint, patternsBeforePrint: null },
      ),
    mapSnapshotProvided: (
      mapSnapshot: PresentationSlice['mapSnapshot'],
      mapCanvas: PresentationSlice['mapCanvas'] = null,
    ) => set({ mapSnapshot, mapCanvas }),
  };
}
export type PresentationActions = ReturnType<typeof createPresentationActions>;
