/**
 * The lesson on the stage: beside the map, the step's title and framing, then one card of the
 * data it shows or one discussion question per clicker press (lesson-reveals.ts), so every part
 * of a step is seen whole on a projector, never cut, faded or scrolled; a guessing step hides
 * its data until the reveal. Under it all, one row of controls. Every control calls the lesson
 * controller, as the keys and the presenter window do.
 */
import type { ReactNode } from 'react';
import type { Dataset } from '@/datasets/dataset';
import { captionOf, revealCount, revealOf } from '@/datasets/lesson-reveals';
import {
  useAppActions,
  useAsOf,
  useConcealed,
  useLessonId,
  useLessonReveal,
  useLessonStep,
  useMenu,
  useProjector,
} from '@/store/hooks';
import { useCurrentLesson } from '@/store/use-current-lesson';
import { useLessonCommands } from '@/ports/lesson-port';
import { BarMenu } from '@/components/bar-menu';
import { StepBlocks } from '@/components/step-blocks/step-blocks';
import { StepList } from '@/components/step-list';
import { LessonNavButtons } from '@/components/lesson-nav-buttons';
import { revealLabel } from './reveal-label';
import { useT } from '@/i18n';
import './lesson.css';

interface Props {
  dataset: Dataset | undefined;
  /** The classroom tools, composed by the app from other features. */
  tools: ReactNode;
}

export function LessonStage({ dataset, tools }: Props) {
  const { lesson } = useCurrentLesson();
  const lessonId = useLessonId();
  const step = useLessonStep();
  const reveal = useLessonReveal();
  const concealed = useConcealed();
  const asOf = useAsOf();
  const projector = useProjector();
  const { projectorToggled } = useAppActions();
  const controls = useLessonCommands();
  const steps = useMenu('steps');
  const toolsMenu = useMenu('tools');
  const t = useT();
  if (!lessonId) return null;
  const current = lesson?.steps[step - 1];
  if (!lesson || !dataset || !current)
    return (
      <section className="lesson-stage" aria-label={t('lesson.label')}>
        <p role="status">{t('lesson.loading')}</p>
      </section>
    );
  const count = revealCount(current, dataset.countries);
  const shown = revealOf(current, reveal, dataset.countries);
  const last = step === lesson.steps.length && reveal >= count;
  const caption = captionOf(current, concealed);
  // Before a guessing step's reveal the class sees no card yet: no "card 1 of 3" to count.
  const part = concealed ? null : revealLabel(current, shown, t);
  const progress = { step, count: lesson.steps.length };
  return (
    <>
      <section className="lesson-stage" aria-labelledby="lesson-step-title">
        <p className="lesson-progress">
          <span>{t('lesson.progress', progress)}</span>
          {part && <span className="lesson-part"> · {part}</span>}
        </p>
        <h2 id="lesson-step-title">{current.title}</h2>
        {caption && <p className="lesson-text">{caption}</p>}
        <div className="lesson-data" data-testid="lesson-reveal">
          {concealed ? (
            <p className="lesson-hidden">{t('lesson.hidden')}</p>
          ) : shown.kind === 'card' ? (
            <StepBlocks
              step={current}
              dataset={dataset}
              asOf={asOf}
              only={shown.index}
              rows={shown.rows}
            />
          ) : shown.kind === 'question' ? (
            <ol className="lesson-questions" start={shown.index + 1}>
              <li>{current.questions![shown.index]}</li>
            </ol>
          ) : null}
        </div>
      </section>
      <div className="lesson-bar" role="group" aria-label={t('lesson.controls')}>
        <div className="lesson-nav">
          <LessonNavButtons
            first={step === 1 && reveal === 1}
            last={last}
            concealed={concealed}
            onPrevious={controls.previous}
            onNext={controls.next}
          >
            <StepList lesson={lesson} step={step} goTo={controls.goTo} {...steps} />
          </LessonNavButtons>
        </div>
        <button
          type="button"
          className="tool-button lesson-scale"
          aria-pressed={projector}
          onClick={projectorToggled}
        >
          {t('lesson.projectorScale')}
        </button>
        <BarMenu name="tools" label={t('lesson.tools')} {...toolsMenu}>
          {tools}
        </BarMenu>
        <button
          type="button"
          className="tool-button lesson-leave"
          aria-label={t('lesson.leave')}
          onClick={controls.leave}
        >
          <span className="lesson-bar-long">{t('lesson.leave')}</span>
          <span className="lesson-bar-short">{t('lesson.leaveShort')}</span>
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {t('lesson.announce', { ...progress, title: current.title })}
        {part ? t('lesson.announcePart', { part }) : ''}
        {concealed ? t('lesson.announceHidden') : ''}
      </p>
    </>
  );
}
