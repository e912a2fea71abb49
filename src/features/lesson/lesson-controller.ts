/**
 * The one way a lesson moves: keys, buttons, the step list, Back/Forward, a link and the
 * presenter window all call these functions. Plain TypeScript over the store, so the rules are
 * tested without React. It loads the lesson it is asked for (a link may name one before it has
 * loaded), applies a step's view in one store change, and fits the step's bounds on the map.
 */
import { msg, type Msg } from '@/i18n/messages';
import { type Lesson, type LessonStep } from '@/datasets/lesson-schema';
import { LessonError, outlinedCountries, saidOf } from '@/datasets/lesson-check';
import type { Country } from '@/datasets/schemas';
import { DataFileError } from '@/datasets/data-error';
import type { AppStore, HistoryEntry } from '@/store/app-store';
import type { MapPort } from '@/ports/map-port';
import type { LessonCommands, LessonSyncState } from '@/ports/lesson-port';
import { clampReveal, revealCount } from '@/datasets/lesson-reveals';
import { clampStep, nextMove, previousMove, stepViewOf } from './lesson-nav';

export interface LessonControllerDeps {
  store: AppStore;
  /** The lesson, parsed and checked against the dataset (checkedLessonQuery). */
  load: (lessonId: string) => Promise<Lesson>;
  map: Pick<MapPort, 'fitBounds'>;
  /** The dataset's countries, from which a step's outlined countries are selected. */
  countries: () => readonly Country[];
  /** Whether a lesson with this id exists at all (for the message when it does not). */
  exists: (lessonId: string) => boolean;
  /** Drops the cached copy of a lesson whose file changed (a teacher's edit). */
  forget?: (lessonId: string) => void;
}

export function createLessonController({
  store,
  load,
  map,
  countries,
  exists,
  forget = () => {},
}: LessonControllerDeps) {
  const actions = () => store.getState().actions;
  let loaded: Lesson | null = null;
  // The step whose view was applied last: Back/Forward onto the same step (a country chosen
  // during it, say) keeps what the address says instead of re-applying the step.
  let applied: string | null = null;
  // The latest request wins: a lesson that finishes loading after another was asked for is dropped.
  let request = 0;

  /** The countries a step outlines, on the date it shows (its own, or the one on screen). */
  const outlined = (step: LessonStep) => {
    const date = step.date === undefined ? store.getState().asOf : step.date;
    return outlinedCountries(step, countries(), date === 'latest' ? null : date);
  };

  /** The presses a step holds (lesson-reveals.ts). */
  const parts = (step: LessonStep) => revealCount(step, countries());

  const show = (lesson: Lesson, step: number, entry: HistoryEntry, reveal = 1) => {
    const n = clampStep(lesson, step);
    const target = lesson.steps[n - 1]!;
    const view = stepViewOf(target, outlined(target));
    applied = `${lesson.id}#${n}`;
    actions().lessonStepShown(lesson.id, n, view, entry, clampReveal(target, reveal, countries()));
    // A step without bounds keeps the camera (and the bounds kept) of the step before it.
    if (view.bounds) map.fitBounds(view.bounds);
  };

  /** What the reader is told: the lesson's problems (at most three), or why it failed. */
  const failure = (lessonId: string, e: unknown): Msg[] => {
    if (!exists(lessonId)) return [msg('lesson.unknownId', { id: lessonId })];
    if (e instanceof DataFileError)
      return [
        msg('lesson.notStartedProblems', { count: e.problems.length }),
        ...e.problems.slice(0, 3).map(saidOf),
      ];
    if (e instanceof LessonError) return [e.said]; // says what to do itself
    // Another layer's words (a download that failed): as it said them.
    const detail = e instanceof Error ? e.message : String(e);
    return [msg('lesson.notStarted', { detail })];
  };

  /** Shows `step` of `lessonId`, loading the lesson first if needed. */
  const goToLesson = async (lessonId: string, step: number, entry: HistoryEntry, reveal = 1) => {
    const mine = ++request;
    if (loaded?.id === lessonId) return show(loaded, step, entry, reveal);
    actions().lessonRequested(lessonId, step, entry);
    try {
      const lesson = await load(lessonId);
      if (mine !== request) return;
      loaded = lesson;
      if (clampStep(lesson, step) !== step)
        actions().noticesAdded([msg('notice.lessonStep', { step, count: lesson.steps.length })]);
      show(lesson, step, 'replace', reveal); // the entry made by lessonRequested
    } catch (e) {
      if (mine !== request) return;
      actions().noticesAdded(failure(lessonId, e));
      actions().lessonLeft('replace');
    }
  };

  /** The lesson on screen, once loaded. */
  const current = () => {
    const s = store.getState();
    return loaded && s.lessonId === loaded.id ? loaded : null;
  };

  const commands: LessonCommands = {
    open: (lessonId, step = 1) => {
      actions().lessonPresented();
      return goToLesson(lessonId, step, 'push');
    },
    next() {
      const lesson = current();
      if (!lesson) return;
      const s = store.getState();
      const move = nextMove(lesson, s.lessonStep, s.lessonReveal, s.concealed, outlined, parts);
      if (move.kind === 'reveal') actions().lessonRevealed(move.highlighted);
      if (move.kind === 'card') actions().lessonCardShown(move.reveal);
      if (move.kind === 'step') show(lesson, move.step, 'push', move.reveal);
    },
    previous() {
      const lesson = current();
      if (!lesson) return;
      const s = store.getState();
      const move = previousMove(lesson, s.lessonStep, s.lessonReveal, parts);
      if (move.kind === 'card') actions().lessonCardShown(move.reveal);
      if (move.kind === 'step') show(lesson, move.step, 'push', move.reveal);
    },
    goTo(step) {
      const lesson = current();
      if (lesson) show(lesson, clampStep(lesson, step), 'push');
    },
    leave() {
      request++;
      applied = null;
      actions().lessonLeft();
      map.fitBounds(null);
    },
    async followUrl(lessonId, step, reveal = 1) {
      if (lessonId && loaded?.id === lessonId && applied === `${lessonId}#${step}`) return;
      if (lessonId) return goToLesson(lessonId, step, 'replace', reveal);
      request++;
      applied = null;
      map.fitBounds(null);
    },
    edited(lessonId) {
      // Both caches: the query's copy and the one kept here (`open` reuses a loaded lesson).
      forget(lessonId);
      if (loaded?.id === lessonId) loaded = null;
    },
    async adopt(remote: LessonSyncState) {
      const s = store.getState();
      if (remote.lessonId === null) {
        if (s.lessonId !== null) commands.leave();
      } else if (remote.lessonId !== s.lessonId || remote.step !== s.lessonStep || !current()) {
        // Synchronously when the lesson is loaded, so the rest applies in the same task.
        if (loaded?.id === remote.lessonId) show(loaded, remote.step, 'push', remote.reveal);
        else await goToLesson(remote.lessonId, remote.step, 'push', remote.reveal);
      } else if (remote.reveal !== s.lessonReveal) actions().lessonCardShown(remote.reveal);
      const now = store.getState();
      const lesson = current();
      if (lesson && now.concealed !== remote.concealed) {
        if (remote.concealed) actions().lessonConcealed();
        else {
          const step = lesson.steps[now.lessonStep - 1];
          actions().lessonRevealed(step ? outlined(step) : []);
        }
      }
      if (now.blackout !== remote.blackout) actions().blackoutChosen(remote.blackout);
    },
  };
  return commands;
}
