/**
 * Lesson events. The lesson controller (src/features/lesson/lesson-controller.ts) is the only
 * caller of the step events and says whether a step is a new history entry (next, previous,
 * the step list, the other window) or the same one again (a link, Back, a step applied when
 * its lesson finished loading).
 */
import type { AppState, HistoryEntry, Write } from './app-store';
import type { Blackout, StepView } from './lesson-slice';

export function createLessonActions(write: Write) {
  return {
    /** A lesson was asked for (a link, "Present", the other window) and is loading. */
    lessonRequested: (lessonId: string, step: number, entry: HistoryEntry) =>
      write({ lessonId, lessonStep: step, lessonReveal: 1, lessonMenu: null }, entry),
    /** "Present": the lesson opens at projector scale (the stage's toggle leaves it). */
    lessonPresented: () => write({ projector: true }),
    /** A step is shown, in one change: the address changes once. */
    lessonStepShown: (
      lessonId: string,
      step: number,
      view: StepView,
      entry: HistoryEntry,
      reveal = 1,
    ) =>
      write(
        (s): Partial<AppState> => ({
          lessonId,
          lessonStep: step,
          lessonReveal: reveal,
          lessonMenu: null,
          selectedIso3: view.country,
          shownTypes: view.types,
          asOf: view.date === undefined ? s.asOf : view.date,
          // A step outlines what it means to; marks from an earlier date would add to them.
          compareWith: null,
          concealed: view.reveal,
          // The outline would give the answer away before the reveal.
          highlighted: view.reveal ? [] : view.highlighted,
        }),
        entry,
      ),
    /** The press after a guessing step: colours and outlines come back. */
    lessonRevealed: (highlighted: string[]) => write({ concealed: false, highlighted }),
    /** The next (or previous) card or question of the step on screen. */
    lessonCardShown: (reveal: number) => write({ lessonReveal: reveal }),
    /** The presenter window was opened from this one: both carry this id from now on. */
    windowsPaired: (pairId: string) => write({ pairId }),
    /** The other window is on a guessing step whose colours are still hidden. */
    lessonConcealed: () => write({ concealed: true, highlighted: [] }),
    lessonLeft: (entry: HistoryEntry = 'push') =>
      write(
        {
          lessonId: null,
          lessonStep: 1,
          lessonReveal: 1,
          highlighted: [],
          concealed: false,
          blackout: 'off',
          lessonMenu: null,
        },
        entry,
      ),
    /** B or `.` (black), W (white): the same key again brings the screen back. */
    blackoutToggled: (mode: Exclude<Blackout, 'off'>) =>
      write((s) => ({ blackout: s.blackout === mode ? 'off' : mode })),
    blackoutChosen: (blackout: Blackout) => write({ blackout }),
  };
}
export type LessonActions = ReturnType<typeof createLessonActions>;
