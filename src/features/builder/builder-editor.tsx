/**
 * The lesson builder beside the live map: the lesson's title and description, "Add this view as
 * a step", the steps (each editable, movable, copyable), "Preview" (the real stage, through the
 * lesson commands) and "Done". Every change is kept in this browser as it is made (use-draft.ts);
 * what keeps the lesson from being presented is said next to its field (draft-problems.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset } from '@/datasets/dataset';
import type { Lesson } from '@/datasets/lesson-schema';
import { useAppActions } from '@/store/hooks';
import { useAppStoreApi } from '@/store/store-context';
import { useLessonCommands } from '@/ports/lesson-port';
import { useSay, useT } from '@/i18n';
import { LIMITS } from './draft-ops';
import { draftProblems, problemSentences, sayProblem } from './draft-problems';
import { useDraft } from './use-draft';
import { useStepCommands } from './use-step-commands';
import { useStepDrag } from './use-step-drag';
import { TextField } from './text-field';
import { StepCard } from './step-card';
import { SaveStatus } from './save-status';

interface Props {
  initial: Lesson;
  dataset: Dataset;
  /** Its lesson is on the stage ("Preview"): the builder is hidden meanwhile. */
  previewing: boolean;
}

export function BuilderEditor({ initial, dataset, previewing }: Props) {
  const { draft, saved, change, flush, retry } = useDraft(initial);
  const problems = useMemo(() => draftProblems(draft, dataset), [draft, dataset]);
  const steps = useStepCommands(draft, change, dataset);
  const drag = useStepDrag(steps.actions.move);
  const commands = useLessonCommands();
  const { lessonEditClosed, projectorToggled } = useAppActions();
  const store = useAppStoreApi();
  const t = useT();
  const say = useSay();
  // "Present" turns projector scale on; a preview leaves the builder as the teacher had it.
  const projectorBefore = useRef<boolean | null>(null);
  useEffect(() => {
    if (previewing || projectorBefore.current === null) return;
    if (store.getState().projector !== projectorBefore.current) projectorToggled();
    projectorBefore.current = null;
    document.getElementById('builder-preview')?.focus();
  }, [previewing, store, projectorToggled]);
  // Once "Preview" was refused, what still stands in its way (derived: it shrinks as fixed).
  const [asked, setAsked] = useState(false);
  const standing =
    saved.kind === 'failed' ? [sayProblem(t, saved.message)] : problemSentences(problems, draft, t);
  const blocked = asked && standing.length > 0 ? standing : null;
  const blockedRef = useRef<HTMLDivElement>(null);
  const full = draft.steps.length >= LIMITS.maxSteps;

  const preview = async () => {
    setAsked(standing.length > 0);
    if (standing.length) return void setTimeout(() => blockedRef.current?.focus());
    await flush();
    commands.edited(draft.id);
    projectorBefore.current = store.getState().projector;
    await commands.open(draft.id, 1);
  };
  const done = async () => {
    await flush();
    lessonEditClosed();
  };

  return (
    <>
      <div className="builder-head">
        <h2 id="builder-title">{t('builder.title')}</h2>
        <button
          type="button"
          className="tool-button tool-button--primary"
          id="builder-preview"
          onClick={() => void preview()}
        >
          {t('builder.preview')}
        </button>
        <button type="button" className="tool-button" onClick={() => void done()}>
          {t('builder.done')}
        </button>
      </div>
      {blocked && (
        <div className="builder-blocked" role="alert" tabIndex={-1} ref={blockedRef}>
          <p>{t('builder.notReady')}</p>
          <ul>
            {blocked.slice(0, 8).map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
      )}
      <SaveStatus saved={saved} onRetry={() => void retry()} />
      <TextField
        label={t('builder.lessonTitle')}
        limit="builder.limit.lessonTitle"
        value={draft.title}
        max={LIMITS.lessonTitle}
        problem={problems.get('title')}
        onChange={(title) => change((d) => ({ ...d, title }))}
      />
      <TextField
        label={t('builder.description')}
        limit="builder.limit.description"
        multiline
        value={draft.description}
        max={LIMITS.description}
        problem={problems.get('description')}
        hint={t('builder.descriptionHint')}
        onChange={(description) => change((d) => ({ ...d, description }))}
      />
      <div className="builder-add">
        <button
          type="button"
          className="tool-button tool-button--primary"
          disabled={full}
          onClick={steps.addView}
        >
          {t('builder.addView')}
        </button>
        <p className="builder-hint">
          {full ? t('builder.full', { max: LIMITS.maxSteps }) : t('builder.addHint')}
        </p>
      </div>
      <p className={problems.has('steps') ? 'builder-problem' : 'builder-hint'}>
        {t(draft.steps.length < LIMITS.minSteps ? 'builder.stepCountTooFew' : 'builder.stepCount', {
          count: draft.steps.length,
          max: LIMITS.maxSteps,
          min: LIMITS.minSteps,
        })}
      </p>
      {steps.undo && (
        <p className="builder-undo">
          {t('builder.deleted', { step: steps.undo.at + 1 })}{' '}
          <button
            type="button"
            className="tool-button"
            id="builder-undo"
            onClick={steps.undoDelete}
          >
            {t('builder.undo')}
          </button>
        </p>
      )}
      <ol className="builder-steps" aria-label={t('builder.steps')}>
        {draft.steps.map((step, at) => (
          <StepCard
            key={step.id}
            step={step}
            at={at}
            count={draft.steps.length}
            full={full}
            dataset={dataset}
            problems={problems}
            actions={{ ...steps.actions, grab: drag.grab }}
            dropping={drag.over === at}
          />
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {steps.said && say(steps.said)}
      </p>
    </>
  );
}
