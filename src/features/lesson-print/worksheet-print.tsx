/**
 * "Print worksheet" (portrait A4): the lesson's questions numbered with lines to answer on, a
 * blank outline map for each guessing step, the sources; then, on a page of its own, the answer
 * key for the teacher: each guessing step's map revealed with its key and the data that answers.
 */
import type { Dataset } from '@/datasets/dataset';
import type { Lesson } from '@/datasets/lesson-schema';
import { captionOf } from '@/datasets/lesson-reveals';
import { StepBlock } from '@/components/step-blocks/step-block';
import { mapKey, stepPages, worksheetOf } from './print-plan';
import { PrintMap, SourceList } from './print-parts';
import { useT } from '@/i18n';

/** Lines to write an answer on. */
const LINES = 4;

interface Props {
  lesson: Lesson;
  dataset: Dataset;
  maps: Readonly<Record<string, string | null>>;
}

export function WorksheetPrint({ lesson, dataset, maps }: Props) {
  const sheet = worksheetOf(stepPages(lesson, dataset), dataset);
  const t = useT();
  return (
    <section
      className="lesson-print lesson-print--worksheet"
      hidden
      aria-label={t('lesson.print.worksheetLabel')}
    >
      <header className="worksheet-head">
        <h1>{t('lesson.print.worksheetTitle', { title: lesson.title })}</h1>
        <p className="worksheet-name">{t('lesson.print.nameLine')}</p>
      </header>
      <h2>{t('lesson.print.questions')}</h2>
      {sheet.questions.length === 0 && <p>{t('lesson.print.noQuestions')}</p>}
      <ol className="worksheet-questions">
        {sheet.questions.map((q) => (
          <li key={q.n} value={q.n} data-question={q.n}>
            <p>{q.text}</p>
            {Array.from({ length: LINES }, (_, i) => (
              <div key={i} className="worksheet-line" aria-hidden="true" />
            ))}
          </li>
        ))}
      </ol>
      {sheet.guesses.map((g) => (
        <section className="worksheet-map" key={g.n} data-blank-map={g.n}>
          <h2>{t('lesson.print.mapTitle', { title: g.step.title })}</h2>
          {g.step.caption && <p>{captionOf(g.step, true)}</p>}
          <PrintMap
            src={maps[mapKey(g.n, true)]}
            alt={t('lesson.print.blankMap', { step: g.n })}
            legend={g.legend}
            date={g.date}
            blank
          />
        </section>
      ))}
      <section className="worksheet-sources">
        <h2>{t('lesson.print.sources')}</h2>
        <SourceList sources={sheet.sources} />
      </section>
      <section className="worksheet-key" data-answer-key="">
        <h2>{t('lesson.print.answerKey')}</h2>
        {sheet.guesses.length === 0 && <p>{t('lesson.print.noGuesses')}</p>}
        {sheet.guesses.map((g) => (
          <section key={g.n} className="worksheet-answer">
            <h3>{t('lesson.print.answerStep', { step: g.n, title: g.step.title })}</h3>
            <PrintMap
              src={maps[mapKey(g.n)]}
              alt={t('lesson.print.revealedMap', { step: g.n })}
              legend={g.legend}
              date={g.date}
            />
            {g.blocks.map((b, i) => (
              <StepBlock key={i} b={b} />
            ))}
          </section>
        ))}
      </section>
    </section>
  );
}
