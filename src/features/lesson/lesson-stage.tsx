/**
 * The lesson on screen, under the map: progress, the step's title and framing, the data it
 * shows (hidden until the reveal on a guessing step), discussion questions, and the controls.
 * The map above stays explorable; "Next" returns to the script. Every control calls the lesson
 * controller, as the keys and the presenter window do.
 */
import type { ReactNode } from 'react';
import type { Dataset } from '@/datasets/dataset';
import { useAsOf, useConcealed, useLessonId, useLessonStep, useMenu } from '@/store/hooks';
import { useCurrentLesson } from '@/store/use-current-lesson';
import { useLessonCommands } from '@/ports/lesson-port';
import { BarMenu } from '@/components/bar-menu';
import { StepBlocks } from '@/components/step-blocks/step-blocks';
import { StepList } from '@/components/step-list';
import { LessonNavButtons } from '@/components/lesson-nav-buttons';
import { useMoreBelow } from './use-more-below';
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
  const concealed = useConcealed();
  const asOf = useAsOf();
  const controls = useLessonCommands();
  const steps = useMenu('steps');
  const toolsMenu = useMenu('tools');
  const {
    ref: captionRef,
    more,
    measure,
  } = useMoreBelow(`${lessonId}#${step}#${concealed}#${lesson ? 1 : 0}`);
  if (!lessonId) return null;
  const current = lesson?.steps[step - 1];
  if (!lesson || !dataset || !current)
    return (
      <section className="lesson-stage" aria-label="Lesson">
        <p role="status">Loading the lesson…</p>
      </section>
    );
  const last = step === lesson.steps.length;
  return (
    <section className="lesson-stage" aria-labelledby="lesson-step-title">
      {/* Focusable so a long step can be scrolled from the keyboard (Space, arrows). */}
      <div
        ref={captionRef}
        className={`lesson-caption${more ? ' has-more' : ''}`}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="group"
        aria-label="Step content"
        onScroll={measure}
      >
        <div className="lesson-words">
          <p className="lesson-progress">
            <span>
              Step {step} of {lesson.steps.length}
            </span>
            <span className="lesson-progress-title"> · {lesson.title}</span>
          </p>
          <h2 id="lesson-step-title">{current.title}</h2>
          {current.caption && <p className="lesson-text">{current.caption}</p>}
        </div>
        <div className="lesson-data">
          {concealed ? (
            <p className="lesson-hidden">
              Colours hidden: make your guess, then press next to reveal.
            </p>
          ) : (
            <StepBlocks step={current} dataset={dataset} asOf={asOf} />
          )}
          {current.questions && (
            <ol className="lesson-questions">
              {current.questions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ol>
          )}
        </div>
      </div>
      <div className="lesson-bar" role="group" aria-label="Lesson controls">
        <div className="lesson-nav">
          <LessonNavButtons
            step={step}
            last={last}
            concealed={concealed}
            onPrevious={controls.previous}
            onNext={controls.next}
          >
            <StepList lesson={lesson} step={step} goTo={controls.goTo} {...steps} />
          </LessonNavButtons>
        </div>
        <BarMenu name="tools" label="Tools" {...toolsMenu}>
          {tools}
        </BarMenu>
        <button type="button" className="tool-button lesson-leave" onClick={controls.leave}>
          Leave lesson
        </button>
      </div>
      <p className="visually-hidden" role="status">
        Step {step} of {lesson.steps.length}: {current.title}
        {concealed ? '. Colours hidden until the reveal.' : ''}
      </p>
    </section>
  );
}
