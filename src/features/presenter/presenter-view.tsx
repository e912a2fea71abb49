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
import { useFormat, useT } from '@/i18n';

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
  const t = useT();
  const f = useFormat();
  const current = lesson?.steps[step - 1];
  const next = lesson?.steps[step];
  const names = (iso3s: readonly string[] | undefined) =>
    f.list((iso3s ?? []).map((i) => f.countryName(i, dataset?.byIso3.get(i)?.name ?? i)));

  if (!lessonId) return <NoLesson />;
  if (!lesson || !current || !dataset)
    return (
      <main className="presenter">
        <p role="status">{t('lesson.loading')}</p>
      </main>
    );
  const outlinedOn = (s: LessonStep | undefined) =>
    s ? outlinedCountries(s, dataset.countries, stepDate(s.date, asOf)) : [];
  const outlinedNow = outlinedOn(current);
  const outlinedNext = outlinedOn(next);
  const count = revealCount(current, dataset.countries);
  const following = revealOf(current, reveal + 1, dataset.countries);
  const nextPress = concealed
    ? t('lesson.presenter.nextReveal')
    : reveal < count
      ? t(
          following.kind === 'question'
            ? 'lesson.presenter.nextQuestion'
            : 'lesson.presenter.nextCard',
          { n: reveal + 1, count },
        )
      : next
        ? t('lesson.presenter.next', { title: next.title })
        : t('lesson.presenter.end');
  return (
    <main className="presenter" aria-label={t('lesson.presenter.label')}>
      <header className="presenter-head">
        <h1>{lesson.title}</h1>
        <p className="presenter-progress">
          {t('lesson.progress', { step, count: lesson.steps.length })}
          {count > 1 && ` · ${t('lesson.presenter.part', { n: reveal, count })}`}
        </p>
        <p
          className="presenter-timer"
          aria-label={t('lesson.presenter.elapsed', { time: timer.text })}
        >
          {timer.text}
        </p>
        <button type="button" className="tool-button" onClick={timer.toggle}>
          {t(timer.paused ? 'lesson.presenter.resume' : 'lesson.presenter.pause')}
        </button>
        <button type="button" className="tool-button" onClick={timer.restart}>
          {t('lesson.presenter.restart')}
        </button>
      </header>
      <div className="presenter-body">
        <section className="presenter-now" aria-labelledby="presenter-now-title">
          <h2 id="presenter-now-title">{t('lesson.presenter.now', { title: current.title })}</h2>
          {concealed && <p className="presenter-flag">{t('lesson.presenter.hidden')}</p>}
          {!paired && <p className="presenter-flag">{t('lesson.presenter.unpaired')}</p>}
          {blackout !== 'off' && (
            <p className="presenter-flag">
              {t(
                blackout === 'white'
                  ? 'lesson.presenter.screenWhite'
                  : 'lesson.presenter.screenBlack',
              )}
            </p>
          )}
          <h3>{t('lesson.presenter.notes')}</h3>
          <p className="presenter-notes">{current.notes}</p>
          {outlinedNow.length > 0 && (
            <p>{t('lesson.presenter.outlined', { names: names(outlinedNow) })}</p>
          )}
          <h3>{t('lesson.presenter.audience')}</h3>
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
          {next?.reveal && <p>{t('lesson.presenter.guessing')}</p>}
          {outlinedNext.length > 0 && (
            <p>{t('lesson.presenter.willOutline', { names: names(outlinedNext) })}</p>
          )}
        </section>
      </div>
      <div className="presenter-controls" role="group" aria-label={t('lesson.controls')}>
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
          {t('lesson.presenter.black')}
        </button>
        <button
          type="button"
          className="tool-button"
          aria-pressed={blackout === 'white'}
          onClick={() => blackoutToggled('white')}
        >
          {t('lesson.presenter.white')}
        </button>
        <StepList lesson={lesson} step={step} goTo={controls.goTo} {...steps} />
      </div>
    </main>
  );
}
