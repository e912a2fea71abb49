/**
 * One step in the builder: what view of the map it shows, its words (title, caption, presenter
 * notes, questions) with their limits, the guessing switch, its data, and the buttons that move,
 * copy and delete it. The buttons' ids let focus follow a moved step (builder-editor.tsx).
 */
import type { PointerEvent } from 'react';
import type { Dataset } from '@/datasets/dataset';
import type { LessonBlock, LessonStep } from '@/datasets/lesson-schema';
import { typeLabelId } from '@/theme/palette';
import { FormattedMessage, useFormat, useT, type Formatter, type Translate } from '@/i18n';
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
function viewWords(step: LessonStep, dataset: Dataset, t: Translate, f: Formatter) {
  const country = step.country
    ? f.countryName(step.country, dataset.byIso3.get(step.country)?.name ?? step.country)
    : t('builder.view.noCountry');
  const types = step.types?.length
    ? f.list(step.types.map((type) => t(typeLabelId(type))))
    : t('builder.view.everyType');
  const when =
    !step.date || step.date === 'latest'
      ? t('builder.view.latest')
      : t('builder.view.asOf', { date: f.date(step.date) });
  return t('builder.view', { country, types, when, camera: step.bounds ? 'yes' : 'no' });
}

export function StepCard({ step, at, count, full, dataset, problems, actions, dropping }: Props) {
  const n = at + 1;
  const p = (field: string) => problems.get(`steps.${at}.${field}`);
  const set = (patch: Partial<LessonStep>) => actions.change(at, patch);
  const t = useT();
  const f = useFormat();
  return (
    <li className={`builder-step${dropping ? ' builder-step--drop' : ''}`} data-step-at={at}>
      <div className="builder-step-head">
        <span
          className="builder-grip"
          aria-hidden="true"
          title={t('builder.drag')}
          onPointerDown={(e) => actions.grab(at, e)}
        >
          ⠿
        </span>
        <h3 id={`builder-step-${step.id}`} tabIndex={-1}>
          <FormattedMessage
            id="builder.stepHeading"
            values={{
              step: n,
              title: step.title || t('builder.untitled'),
              rest: (chunks) => <span className="builder-step-title">{chunks}</span>,
            }}
          />
        </h3>
      </div>
      <p className="builder-view">{viewWords(step, dataset, t, f)}</p>
      <div
        className="builder-step-actions"
        role="group"
        aria-label={t('builder.step', { step: n })}
      >
        <button
          type="button"
          className="tool-button"
          id={`builder-${step.id}-up`}
          disabled={at === 0}
          onClick={() => actions.move(at, at - 1)}
        >
          {t('builder.moveUp')}
        </button>
        <button
          type="button"
          className="tool-button"
          id={`builder-${step.id}-down`}
          disabled={at === count - 1}
          onClick={() => actions.move(at, at + 1)}
        >
          {t('builder.moveDown')}
        </button>
        <button
          type="button"
          className="tool-button"
          disabled={full}
          onClick={() => actions.duplicate(at)}
        >
          {t('builder.duplicate')}
        </button>
        <button type="button" className="tool-button" onClick={() => actions.recapture(at)}>
          {t('builder.recapture')}
        </button>
        <button type="button" className="tool-button" onClick={() => actions.remove(at)}>
          {t('builder.delete')}
        </button>
      </div>
      <TextField
        label={t('builder.stepTitle', { step: n })}
        limit="builder.limit.stepTitle"
        value={step.title}
        max={LIMITS.title}
        problem={p('title')}
        onChange={(title) => set({ title })}
      />
      <TextField
        label={t('builder.caption', { step: n })}
        limit="builder.limit.caption"
        multiline
        rows={2}
        value={step.caption ?? ''}
        max={LIMITS.caption}
        problem={p('caption')}
        hint={t('builder.captionHint')}
        onChange={(v) => set({ caption: v === '' ? undefined : v })}
      />
      <TextField
        label={t('builder.notes', { step: n })}
        limit="builder.limit.notes"
        multiline
        rows={3}
        value={step.notes}
        max={LIMITS.notes}
        problem={p('notes')}
        hint={t('builder.notesHint')}
        onChange={(notes) => set({ notes })}
      />
      <label className="builder-check">
        <input
          type="checkbox"
          checked={step.reveal === true}
          onChange={(e) => set({ reveal: e.currentTarget.checked || undefined })}
        />
        {t('builder.reveal')}
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
