/**
 * The presenter window (`?presenter=1`, opened with N or "Presenter view"): the current step's
 * notes and data, the next step's title, a timer and the controls. It and the audience window
 * follow each other over the lesson channel (use-presenter-sync.ts); every control calls the
 * lesson controller, as the audience window's keys do.
 */
import type { Dataset } from '@/datasets/dataset';
import {
  useAppActions,
  useAsOf,
  useBlackout,
  useConcealed,
  useLessonId,
  useLessonReveal,
  useLessonStep,
  useMenu,
  usePairId,
} from '@/store/hooks';
import { useCurrentLesson } from '@/store/use-current-lesson';
import { useLessonCommands } from '@/ports/lesson-port';
import { StepBlocks } from '@/components/step-blocks/step-blocks';
import { StepList } from '@/components/step-list';
import { LessonNavButtons } from '@/components/lesson-nav-buttons';
import { useTimer } from './use-timer';
import { type LessonStep, type StepDate } from '@/datasets/lesson-schema';
import { outlinedCountries } from '@/datasets/lesson-check';
import { captionOf, revealCount, revealOf } from '@/datasets/lesson-reveals';
import { NoLesson } from './no-lesson';

const stepDate = (d: StepDate | undefined, asOf: string | null) =>
  d === undefined ? asOf : d === 'latest' ? null : d;
import './presenter.css';

export function PresenterView({ dataset }: { dataset: Dataset | undefined }) {
  const { lesson } = useCurrentLesson();
  const lessonId = useLessonId();
  const step = useLessonStep();
  const reveal = useLessonReveal();
  const paired = usePairId() !== null;
  const concealed = useConcealed();
  const blackout = useBlackout();
  const asOf = useAsOf();
  const controls = useLessonCommands();
  const steps = useMenu('steps');
  const { blackoutToggled } = useAppActions();
  const timer = useTimer();
  const current = lesson?.steps[step - 1];
  const next = lesson?.steps[step];
  const names = (iso3s: readonly string[] | undefined) =>
    (iso3s ?? []).map((i) => dataset?.byIso3.get(i)?.name ?? i).join(', ');

  if (!lessonId) return <NoLesson />;
  if (!lesson || !current || !dataset)
    return (
      <main className="presenter">
        <p role="status">Loading the lesson…</p>
      </main>
    );
  const outlinedOn = (s: LessonStep | undefined) =>
    s ? outlinedCountries(s, dataset.countries, stepDate(s.date, asOf)) : [];
  const outlinedNow = outlinedOn(current);
  const outlinedNext = outlinedOn(next);
  const count = revealCount(current, dataset.countries);
  const following = revealOf(current, reveal + 1, dataset.countries);
  const nextPress = concealed
    ? 'Next press: reveal'
    : reveal < count
      ? `Next press: ${following.kind === 'question' ? 'question' : 'card'} ${reveal + 1} of ${count} of this step`
      : next
        ? `Next: ${next.title}`
        : 'End of the lesson';
  return (
    <main className="presenter" aria-label="Presenter view">
      <header className="presenter-head">
        <h1>{lesson.title}</h1>
        <p className="presenter-progress">
          Step {step} of {lesson.steps.length}
          {count > 1 && ` · part ${reveal} of ${count}`}
        </p>
        <p className="presenter-timer" aria-label={`Elapsed time ${timer.text}`}>
          {timer.text}
        </p>
        <button type="button" className="tool-button" onClick={timer.toggle}>
          {timer.paused ? 'Resume timer' : 'Pause timer'}
        </button>
        <button type="button" className="tool-button" onClick={timer.restart}>
          Restart timer
        </button>
      </header>
      <div className="presenter-body">
        <section className="presenter-now" aria-labelledby="presenter-now-title">
          <h2 id="presenter-now-title">Now: {current.title}</h2>
          {concealed && (
            <p className="presenter-flag">Colours hidden on the audience screen: next reveals.</p>
          )}
          {!paired && (
            <p className="presenter-flag">
              Not paired with a map window: open this view with N from the map’s window, and the two
              follow each other.
            </p>
          )}
          {blackout !== 'off' && (
            <p className="presenter-flag">The audience screen is {blackout}.</p>
          )}
          <h3>Notes</h3>
          <p className="presenter-notes">{current.notes}</p>
          {outlinedNow.length > 0 && <p>Outlined: {names(outlinedNow)}</p>}
          <h3>On the audience screen</h3>
          {captionOf(current, concealed) && <p>{captionOf(current, concealed)}</p>}
          <StepBlocks step={current} dataset={dataset} asOf={asOf} />
          {current.questions && (
            <ol>
              {current.questions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ol>
          )}
        </section>
        <section className="presenter-next" aria-labelledby="presenter-next-title">
          <h2 id="presenter-next-title">{nextPress}</h2>
          {next?.reveal && <p>A guessing step: colours stay hidden until the press after it.</p>}
          {outlinedNext.length > 0 && <p>Will outline: {names(outlinedNext)}</p>}
        </section>
      </div>
      <div className="presenter-controls" role="group" aria-label="Lesson controls">
        <LessonNavButtons
          first={step === 1 && reveal === 1}
          last={!next && reveal >= count}
          concealed={concealed}
          onPrevious={controls.previous}
          onNext={controls.next}
        />
        <button
          type="button"
          className="tool-button"
          aria-pressed={blackout === 'black'}
          onClick={() => blackoutToggled('black')}
        >
          Black screen
        </button>
        <button
          type="button"
          className="tool-button"
          aria-pressed={blackout === 'white'}
          onClick={() => blackoutToggled('white')}
        >
          White screen
        </button>
        <StepList lesson={lesson} step={step} goTo={controls.goTo} {...steps} />
      </div>
    </main>
  );
}
