/**
 * "Print all steps": one landscape A4 page per step (title, map, caption, data blocks), a
 * guessing step revealed, then the sources — for slides or a student who missed the lesson.
 */
import type { Dataset } from '@/datasets/dataset';
import type { Lesson } from '@/datasets/lesson-schema';
import { StepBlock } from '@/components/step-blocks/step-block';
import { lessonSources, mapKey, stepPages } from './print-plan';
import { PrintMap, SourceList } from './print-parts';
import { useT } from '@/i18n';

interface Props {
  lesson: Lesson;
  dataset: Dataset;
  maps: Readonly<Record<string, string | null>>;
}

export function StepsPrint({ lesson, dataset, maps }: Props) {
  const pages = stepPages(lesson, dataset);
  const t = useT();
  return (
    <section
      className="lesson-print lesson-print--steps"
      hidden
      aria-label={t('lesson.print.label')}
    >
      {pages.map((p) => (
        <article className="print-page print-step" key={p.n} data-step={p.n}>
          <header className="print-step-head">
            <p>
              {t('lesson.print.stepOf', { title: lesson.title, step: p.n, count: pages.length })}
            </p>
            <h2>{p.step.title}</h2>
          </header>
          <div className="print-step-body">
            <PrintMap
              src={maps[mapKey(p.n)]}
              alt={t('lesson.print.mapOfStep', { step: p.n })}
              legend={p.legend}
              date={p.date}
            />
            <div className="print-step-text">
              {p.caption && <p className="print-caption">{p.caption}</p>}
              {p.blocks.map((b, i) => (
                <StepBlock key={i} b={b} />
              ))}
            </div>
          </div>
        </article>
      ))}
      <article className="print-page print-step">
        <h2>{t('lesson.print.sources')}</h2>
        <SourceList sources={lessonSources(pages, dataset)} />
      </article>
    </section>
  );
}
