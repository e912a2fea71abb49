/**
 * The lesson's commands, for the parts of the app that drive a lesson without owning it (the
 * header's "Present", the keyboard layer, Back/Forward, the presenter window). One controller
 * implements them (src/features/lesson/lesson-controller.ts): every path calls the same code.
 */
import { createContext, useContext } from 'react';
import type { Blackout } from '@/store/lesson-slice';

/** What both windows share over the presenter channel. */
export interface LessonSyncState {
  lessonId: string | null;
  step: number;
  /** The card or question of the step on screen (1-based). */
  reveal: number;
  concealed: boolean;
  blackout: Blackout;
}

export interface LessonCommands {
  /** "Present" or a link: loads the lesson and shows the step (a new history entry). */
  open(lessonId: string, step?: number): Promise<void>;
  /**
   * On a guessing step, the first press reveals the colours; then the step's next card or
   * question; then the next step.
   */
  next(): void;
  /** Back through the step's cards, then to the step before. */
  previous(): void;
  goTo(step: number): void;
  leave(): void;
  /** The address named this lesson and step (first load, Back/Forward): the same entry. */
  followUrl(lessonId: string | null, step: number, reveal?: number): Promise<void>;
  /** The other window's state: adopted as it is, never sent back. */
  adopt(remote: LessonSyncState): Promise<void>;
  /** A teacher's lesson was saved with changes (the builder): the next `open` reads it afresh. */
  edited(lessonId: string): void;
}

export const LessonCommandsContext = createContext<LessonCommands | null>(null);
export function useLessonCommands(): LessonCommands {
  const commands = useContext(LessonCommandsContext);
  if (!commands) throw new Error('useLessonCommands must be used inside <AppProviders>');
  return commands;
}
