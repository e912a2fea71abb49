/**
 * A lesson's printed pages, mounted only while they print (print-lesson.ts): every step, or the
 * worksheet with its answer key, in the class's language. The lesson and its translation come
 * from the query cache the command filled.
 */
import { useQuery } from '@tanstack/react-query';
import type { Dataset } from '@/datasets/dataset';
import { checkedLessonQuery } from '@/datasets/lesson-queries';
import { useLang, usePrintJob } from '@/store/hooks';
import { lessonTranslationQuery } from '@/datasets/lesson-translation-query';
import { localiseLesson } from '@/datasets/lesson-text';
import { StepsPrint } from './steps-print';
import { WorksheetPrint } from './worksheet-print';
import './lesson-print.css';

export function LessonPrintLayer({ dataset }: { dataset: Dataset | undefined }) {
  const job = usePrintJob()?.lesson;
  const english = useQuery({ ...checkedLessonQuery(job?.lessonId ?? ''), enabled: !!job }).data;
  // The lesson's own words in the class's language, as on the stage (print-lesson.ts loaded them).
  const lang = useLang();
  const translation = useQuery({
    ...lessonTranslationQuery(lang, job?.lessonId ?? ''),
    enabled: !!job,
  }).data;
  if (!dataset || !job || !english || english.id !== job.lessonId) return null;
  const lesson = localiseLesson(english, lang, translation);
  return job.kind === 'steps' ? (
    <StepsPrint lesson={lesson} dataset={dataset} maps={job.maps} />
  ) : (
    <WorksheetPrint lesson={lesson} dataset={dataset} maps={job.maps} />
  );
}
