/**
 * One step in the builder: what view of the map it shows, its words (title, caption, presenter
 * notes, questions) with their limits, the guessing switch, its data, and the buttons that move,
 * copy and delete it. The buttons' ids let focus follow a moved step (builder-editor.tsx).
 */
import type { PointerEvent } from 'react';
import type { Dataset } from '@/datasets/dataset';
import type { LessonBlock, LessonStep } from '@/datasets/lesson-schema';
import { PALETTE } from '@/theme/palette';
import { formatDate } from '@/datasets/vocabulary';
import { LIMITS } from './draft-ops';
import type { Problems } from './draft-problems';
import { TextField } from './text-field';
import { DataBlocks } from './data-blocks';
import { StepQuestions } from './step-questions';

export interface StepActions {
  change: (at: number, patch: Partial<LessonStep>) => void;
  move: (from: number, to: number) => void;
  duplicate: (at: number) => void;
  remove: (at: number) => void;
  recapture: (at: number) => void;
  addBlock: (at: number, block: LessonBlock) => void;
  removeBlock: (at: number, index: number) => void;
  grab: (at: number, e: PointerEvent) => void;
}

interface Props {
  step: LessonStep;
  at: number;
  count: number;
  full: boolean;
  dataset: Dataset;
  problems: Problems;
  actions: StepActions;
  dropping: boolean;
}

/** The view a step shows, in words. */
function viewWords(step: LessonStep, dataset: Dataset) {
  const country = step.country
    ? (dataset.byIso3.get(step.country)?.name ?? step.country)
    : 'no country';
  const types = step.types?.length
    ? step.types.map((t) => PALETTE[t].label).join(', ')
    : 'every type';
  const date = !step.date || step.date === 'latest' ? 'the latest known' : formatDate(step.date);
  return `${country} · ${types} · as of ${date}${step.bounds ? ' · the map’s view' : ''}`;
}

export function StepCard({ step, at, count, full, dataset, problems, actions, dropping }: Props) {
  const n = at + 1;
  const p = (field: string) => problems.get(`steps.${at}.${field}`);
  const set = (patch: Partial<LessonStep>) => actions.change(at, patch);
  return (
    <li className={`builder-step${dropping ? ' builder-step--drop' : ''}`} data-step-at={at}>
      <div className="builder-step-head">
        <span
          className="builder-grip"
          aria-hidden="true"
          title="Drag to reorder"
          onPointerDown={(e) => actions.grab(at, e)}
        >
          ⠿
        </span>
        <h3 id={`builder-step-${step.id}`} tabIndex={-1}>
          Step {n}
          <span className="builder-step-title">: {step.title || 'untitled'}</span>
        </h3>
      </div>
      <p className="builder-view">{viewWords(step, dataset)}</p>
      <div className="builder-step-actions" role="group" aria-label={`Step ${n}`}>
        <button
          type="button"
          className="tool-button"
          id={`builder-${step.id}-up`}
          disabled={at === 0}
          onClick={() => actions.move(at, at - 1)}
        >
          Move up
        </button>
        <button
          type="button"
          className="tool-button"
          id={`builder-${step.id}-down`}
          disabled={at === count - 1}
          onClick={() => actions.move(at, at + 1)}
        >
          Move down
        </button>
        <button
          type="button"
          className="tool-button"
          disabled={full}
          onClick={() => actions.duplicate(at)}
        >
          Duplicate
        </button>
        <button type="button" className="tool-button" onClick={() => actions.recapture(at)}>
          Use the map’s view now
        </button>
        <button type="button" className="tool-button" onClick={() => actions.remove(at)}>
          Delete
        </button>
      </div>
      <TextField
        label={`Step ${n} title`}
        what="a step title"
        value={step.title}
        max={LIMITS.title}
        problem={p('title')}
        onChange={(title) => set({ title })}
      />
      <TextField
        label={`Step ${n} caption`}
        what="a caption"
        multiline
        rows={2}
        value={step.caption ?? ''}
        max={LIMITS.caption}
        problem={p('caption')}
        hint="Optional: what the class reads under the title."
        onChange={(v) => set({ caption: v === '' ? undefined : v })}
      />
      <TextField
        label={`Step ${n} presenter notes`}
        what="presenter notes"
        multiline
        rows={3}
        value={step.notes}
        max={LIMITS.notes}
        problem={p('notes')}
        hint="Only you see them (presenter window)."
        onChange={(notes) => set({ notes })}
      />
      <label className="builder-check">
        <input
          type="checkbox"
          checked={step.reveal === true}
          onChange={(e) => set({ reveal: e.currentTarget.checked || undefined })}
        />
        Let the class guess first (colours hidden until the next press)
      </label>
      <DataBlocks
        step={step}
        number={n}
        dataset={dataset}
        onAdd={(b) => actions.addBlock(at, b)}
        onRemove={(i) => actions.removeBlock(at, i)}
      />
      <StepQuestions
        step={step}
        number={n}
        problems={problems}
        at={at}
        onChange={(questions) => set({ questions })}
      />
    </li>
  );
}
