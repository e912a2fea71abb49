/**
 * The lesson being presented: loaded, checked against the dataset, and kept applied. When the
 * store's step differs from the step last applied (a link, Back/Forward, "Present"), the step's
 * view is applied once; keys and buttons apply it directly through `useLessonControls`.
 */
import { useEffect, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Dataset } from '@/datasets/dataset';
import { checkLesson, type Lesson } from '@/datasets/lesson-schema';
import { LESSON_URLS, lessonFileName, lessonQuery } from '@/datasets/lesson-queries';
import { formatProblem } from '@/datasets/data-error';
import { useAppActions, useLessonId, useLessonStep, useStepApplied } from '@/store/hooks';
import { useAppStoreApi } from '@/store/store-context';
import { stepKey } from '@/store/presentation-slice';
import { clampStep, nextMove, previousMove, stepViewOf, type NavMove } from './lesson-nav';

/** The loaded lesson, once it has parsed and every reference in it resolves; no effects. */
export function useLesson(dataset: Dataset | undefined) {
  const lessonId = useLessonId();
  const known = lessonId !== null && lessonId in LESSON_URLS;
  const query = useQuery({ ...lessonQuery(lessonId ?? ''), enabled: known });
  const problems = useMemo(
    () =>
      query.data && dataset ? checkLesson(query.data, dataset, lessonFileName(query.data.id)) : [],
    [query.data, dataset],
  );
  let failure: string | null = null;
  if (lessonId !== null && !known) failure = `Ignored lesson=${lessonId}: no lesson has that id.`;
  else if (query.error) failure = `The lesson could not be started: ${query.error.message}`;
  else if (problems.length > 0)
    failure = `The lesson could not be started: ${problems.map(formatProblem).slice(0, 3).join('; ')}`;
  const lesson = lessonId && query.data && dataset && !failure ? query.data : undefined;
  return { lesson, failure };
}

/** A lesson that cannot run says why (a notice) and leaves; the map stays as it is. */
export function useLessonFailure(failure: string | null) {
  const { noticesAdded, lessonLeft } = useAppActions();
  useEffect(() => {
    if (!failure) return;
    noticesAdded([failure]);
    lessonLeft();
  }, [failure, noticesAdded, lessonLeft]);
}

/** Applies the store's step when it has not been applied yet (a link, Back, "Present"). */
export function useStepApplier(lesson: Lesson | undefined) {
  const step = useLessonStep();
  const applied = useStepApplied();
  const { lessonStepShown, noticesAdded } = useAppActions();
  useEffect(() => {
    if (!lesson || applied === stepKey(lesson.id, step)) return;
    const n = clampStep(lesson, step);
    if (n !== step)
      noticesAdded([`Ignored step=${step}: this lesson has ${lesson.steps.length} steps.`]);
    lessonStepShown(lesson.id, n, stepViewOf(lesson.steps[n - 1]!));
  }, [lesson, step, applied, lessonStepShown, noticesAdded]);
}

/** Next, previous and go-to, read from the store at the moment of the press. */
export function useLessonControls(lesson: Lesson | undefined) {
  const store = useAppStoreApi();
  return useMemo(() => {
    const run = (move: NavMove) => {
      if (!lesson) return;
      const { actions } = store.getState();
      if (move.kind === 'reveal') actions.lessonRevealed(move.highlighted);
      if (move.kind === 'step')
        actions.lessonStepShown(lesson.id, move.step, stepViewOf(lesson.steps[move.step - 1]!));
    };
    return {
      next: () => {
        const s = store.getState();
        run(lesson ? nextMove(lesson, s.lessonStep, s.concealed) : { kind: 'none' });
      },
      previous: () => run(previousMove(store.getState().lessonStep)),
      goTo: (step: number) =>
        run(lesson ? { kind: 'step', step: clampStep(lesson, step) } : { kind: 'none' }),
    };
  }, [lesson, store]);
}
export type LessonControls = ReturnType<typeof useLessonControls>;
