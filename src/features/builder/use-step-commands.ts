/**
 * The builder's commands on steps, each with what a keyboard and screen-reader user needs: focus
 * follows the step that moved (or lands on Undo after a delete), and a live line says what
 * happened ("Step 3 moved to position 2"). "Add this view" reads the map at the moment of the
 * press: the store's country, filter and date, and the camera through the map port.
 */
import { useState } from 'react';
import { flushSync } from 'react-dom';
import type { Dataset } from '@/datasets/dataset';
import type { Lesson, LessonBlock, LessonStep } from '@/datasets/lesson-schema';
import { useAppStoreApi } from '@/store/store-context';
import { useMapPort } from '@/ports/map-port';
import { msg, useFormat, useT, type Msg } from '@/i18n';
import * as ops from './draft-ops';
import type { StepActions } from './step-card';

const focus = (...ids: string[]) => {
  for (const id of ids) {
    const el = document.getElementById(id) as HTMLButtonElement | null;
    if (el && !el.disabled) return el.focus();
  }
};
const heading = (step: LessonStep) => `builder-step-${step.id}`;

export function useStepCommands(
  draft: Lesson,
  change: (edit: (d: Lesson) => Lesson) => void,
  dataset: Dataset,
) {
  const store = useAppStoreApi();
  const map = useMapPort();
  const t = useT();
  const f = useFormat();
  const [said, setSaid] = useState<Msg | null>(null);
  const [undo, setUndo] = useState<{ at: number; step: LessonStep } | null>(null);
  const now = (edit: (d: Lesson) => Lesson) => flushSync(() => change(edit));

  /** What the map shows now, as a step's view. */
  const view = (): ops.MapView => {
    const s = store.getState();
    // A country outside the record (no position) cannot be a step's country.
    const country = s.selectedIso3 && dataset.byIso3.has(s.selectedIso3) ? s.selectedIso3 : null;
    return { country, types: s.shownTypes, asOf: s.asOf, bounds: map.viewBounds() };
  };

  const addView = () => {
    if (draft.steps.length >= ops.LIMITS.maxSteps) return;
    const v = view();
    // The title is the teacher's to change: a first one in their language.
    const title = v.country
      ? f.countryName(v.country, dataset.byIso3.get(v.country)!.name)
      : t('builder.defaultStepTitle');
    const step = ops.stepFromView(v, draft.steps, title);
    now((d) => ops.addStep(d, step));
    setSaid(msg('builder.said.added', { step: draft.steps.length + 1, title }));
    const el = document.getElementById(heading(step));
    el?.scrollIntoView?.({ block: 'nearest' });
    el?.focus();
  };

  const move = (from: number, to: number) => {
    const step = draft.steps[from];
    if (!step || to < 0 || to >= draft.steps.length) return;
    now((d) => ops.moveStep(d, from, to));
    setSaid(msg('builder.said.moved', { from: from + 1, to: to + 1 }));
    const [same, other] = to < from ? ['up', 'down'] : ['down', 'up'];
    focus(`builder-${step.id}-${same}`, `builder-${step.id}-${other}`, heading(step));
  };

  const actions: StepActions = {
    move,
    grab: () => {},
    change: (at, patch) => change((d) => ops.updateStep(d, at, patch)),
    duplicate(at) {
      now((d) => ops.duplicateStep(d, at));
      setSaid(msg('builder.said.duplicated', { step: at + 1, copy: at + 2 }));
    },
    remove(at) {
      const step = draft.steps[at];
      if (!step) return;
      now((d) => ops.removeStep(d, at));
      flushSync(() => setUndo({ at, step }));
      setSaid(msg('builder.deleted', { step: at + 1 }));
      focus('builder-undo');
    },
    recapture(at) {
      const v = view();
      change((d) =>
        ops.updateStep(d, at, {
          date: v.asOf ?? 'latest',
          bounds: v.bounds ? ([...v.bounds] as LessonStep['bounds']) : undefined,
          country: v.country ?? undefined,
          types: v.types.length ? [...v.types] : undefined,
        }),
      );
      setSaid(msg('builder.said.recaptured', { step: at + 1 }));
    },
    addBlock: (at, block: LessonBlock) => change((d) => ops.addBlock(d, at, block)),
    removeBlock: (at, index) => change((d) => ops.removeBlock(d, at, index)),
  };

  const undoDelete = () => {
    if (!undo) return;
    now((d) => ops.restoreStep(d, undo.at, undo.step));
    setUndo(null);
    setSaid(msg('builder.said.restored', { step: undo.at + 1 }));
    focus(heading(undo.step));
  };

  return { actions, addView, undo, undoDelete, dismissUndo: () => setUndo(null), said };
}
