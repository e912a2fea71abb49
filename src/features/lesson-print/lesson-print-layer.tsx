/**
 * A lesson's printed pages, mounted only while they print (print-lesson.ts): every step, or the
 * worksheet with its answer key. The lesson comes from the query cache the command filled.
 */
import { useQuery } from '@tanstack/react-query';
import type { Dataset } from '@/datasets/dataset';
import { checkedLessonQuery } from '@/datasets/lesson-queries';
import { usePrintJob } from '@/store/hooks';
import { StepsPrint } from './steps-print';
import { WorksheetPrint } from './worksheet-print';
import './lesson-print.css';

export function LessonPrintLayer({ dataset }: { dataset: Dataset | undefined }) {
  const job = usePrintJob()?.lesson;
  const lesson = useQuery({ ...checkedLessonQuery(job?.lessonId ?? ''), enabled: !!job }).data;
  if (!dataset || !job || !lesson || lesson.id !== job.lessonId) return null;
  return job.kind === 'steps' ? (
    <StepsPrint lesson={lesson} dataset={dataset} maps={job.maps} />
  ) : (
    <WorksheetPrint lesson={lesson} dataset={dataset} maps={job.maps} />
  );
}
