/**
 * What the builder does to a lesson, as pure functions of the draft: a view of the map becomes a
 * step, steps move, are copied and deleted, data blocks are inserted and removed. The buttons,
 * the keys and the drag all call these, and the unit tests check them without React.
 */
import type { Lesson, LessonBlock, LessonStep, StepDate } from '@/datasets/lesson-schema';
import type { CommitmentTypeId } from '@/datasets/schemas';

/** The schema's limits (lesson-schema.ts), said where a teacher meets them. */
export const LIMITS = {
  lessonTitle: 120,
  description: 600,
  title: 90,
  caption: 400,
  notes: 1500,
  question: 240,
  minSteps: 2,
  maxSteps: 40,
} as const;

/** What the map shows when the teacher presses "Add this view as a step". */
export interface MapView {
  country: string | null;
  types: readonly CommitmentTypeId[];
  /** null: the latest known. */
  asOf: string | null;
  bounds: readonly [number, number, number, number] | null;
}

/** The first `step-N` not taken (ids must be unique within a lesson). */
export function newStepId(steps: readonly LessonStep[]): string {
  const taken = new Set(steps.map((s) => s.id));
  let n = steps.length + 1;
  while (taken.has(`step-${n}`)) n++;
  return `step-${n}`;
}

/** The view as a step: its country, filter, date (the latest known, explicitly) and camera. */
export function stepFromView(
  view: MapView,
  steps: readonly LessonStep[],
  title: string,
): LessonStep {
  const date: StepDate = view.asOf ?? 'latest';
  return {
    id: newStepId(steps),
    title,
    notes: '',
    date,
    ...(view.bounds ? { bounds: [...view.bounds] as LessonStep['bounds'] } : {}),
    ...(view.country ? { country: view.country } : {}),
    ...(view.types.length ? { types: [...view.types] } : {}),
    show: [],
  };
}

const edit = (lesson: Lesson, steps: LessonStep[]): Lesson => ({ ...lesson, steps });

export const addStep = (lesson: Lesson, step: LessonStep) =>
  lesson.steps.length >= LIMITS.maxSteps ? lesson : edit(lesson, [...lesson.steps, step]);

/** Moves the step at `from` to `to` (0-based); out of range leaves the lesson as it is. */
export function moveStep(lesson: Lesson, from: number, to: number): Lesson {
  const n = lesson.steps.length;
  if (from === to || from < 0 || to < 0 || from >= n || to >= n) return lesson;
  const steps = [...lesson.steps];
  const [moved] = steps.splice(from, 1);
  steps.splice(to, 0, moved!);
  return edit(lesson, steps);
}

/** A copy of the step right after it, with an id of its own. */
export function duplicateStep(lesson: Lesson, at: number): Lesson {
  const step = lesson.steps[at];
  if (!step || lesson.steps.length >= LIMITS.maxSteps) return lesson;
  const copy = { ...structuredClone(step), id: newStepId(lesson.steps) };
  return edit(lesson, lesson.steps.toSpliced(at + 1, 0, copy));
}

export const removeStep = (lesson: Lesson, at: number) =>
  edit(lesson, lesson.steps.toSpliced(at, 1));

/** Puts a deleted step back where it was (Undo). */
export const restoreStep = (lesson: Lesson, at: number, step: LessonStep) =>
  edit(lesson, lesson.steps.toSpliced(Math.min(at, lesson.steps.length), 0, step));

/** Changes some of a step's fields; `undefined` removes an optional one. */
export function updateStep(lesson: Lesson, at: number, patch: Partial<LessonStep>): Lesson {
  const step = lesson.steps[at];
  if (!step) return lesson;
  const next: Record<string, unknown> = { ...step, ...patch };
  for (const k of Object.keys(patch)) if (next[k] === undefined) delete next[k];
  return edit(lesson, lesson.steps.toSpliced(at, 1, next as LessonStep));
}

const sameBlock = (a: LessonBlock, b: LessonBlock) => JSON.stringify(a) === JSON.stringify(b);

export const hasBlock = (step: LessonStep, block: LessonBlock) =>
  step.show.some((b) => sameBlock(b, block));

export function addBlock(lesson: Lesson, at: number, block: LessonBlock): Lesson {
  const step = lesson.steps[at];
  if (!step || hasBlock(step, block)) return lesson;
  return updateStep(lesson, at, { show: [...step.show, block] });
}

export function removeBlock(lesson: Lesson, at: number, index: number): Lesson {
  const step = lesson.steps[at];
  return step ? updateStep(lesson, at, { show: step.show.toSpliced(index, 1) }) : lesson;
}
