/** Classroom chrome that is nobody's data: interface scale, sidebar, open pop-up, a print. */
import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export type LessonMenu = 'steps' | 'tools';

export interface ClassroomSlice {
  /** `+`/`-` in projector mode scale the whole interface. */
  uiScale: number;
  sidebarCollapsed: boolean;
  /** The pop-up open now: the step list or the tools. */
  lessonMenu: LessonMenu | null;
  /**
   * A print in progress: the handout exists only then, with the map image taken for it; or a
   * lesson's pages (all steps, or the worksheet) with the maps drawn for them.
   */
  printJob: { mapImage: string | null; lesson?: LessonPrintJob } | null;
}

export interface LessonPrintJob {
  lessonId: string;
  kind: 'steps' | 'worksheet';
  /** SVG data URLs by key (the print feature's own: a step, or a step's blank map). */
  maps: Readonly<Record<string, string | null>>;
}

export const createClassroomSlice: StateCreator<AppState, [], [], ClassroomSlice> = () => ({
  uiScale: 1,
  sidebarCollapsed: false,
  lessonMenu: null,
  printJob: null,
});

export const MIN_SCALE = 0.7;
export const MAX_SCALE = 1.6;
export const clampScale = (v: number) =>
  Math.round(Math.min(MAX_SCALE, Math.max(MIN_SCALE, v)) * 10) / 10;
