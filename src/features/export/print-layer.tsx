/**
 * The printed handout, mounted only while a print runs (print.ts): 40 rows and a QR code
 * re-encoded on every lesson step would cost every load and step for a page nobody sees on
 * screen.
 */
import type { Dataset } from '@/datasets/dataset';
import { usePrintJob } from '@/store/hooks';
import { useCurrentLesson } from '@/store/use-current-lesson';
import { PrintHandout } from './print-handout';
import { useBrowserPrint } from './use-print';

export function PrintLayer({ dataset }: { dataset: Dataset | undefined }) {
  useBrowserPrint();
  const job = usePrintJob();
  const { step } = useCurrentLesson();
  // A lesson's own pages print instead (features/lesson-print).
  if (!dataset || !job || job.lesson) return null;
  return (
    <PrintHandout
      dataset={dataset}
      mapImage={job.mapImage}
      href={window.location.href}
      stepTitle={step?.title}
    />
  );
}
