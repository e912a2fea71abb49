/**
 * "Print all steps" and "Print worksheet" for a lesson: in the lesson's Tools while presenting,
 * and beside each lesson in My lessons (the app composes them there).
 */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useAppStoreApi } from '@/store/store-context';
import { useMapPort } from '@/ports/map-port';
import { printLesson } from './print-lesson';
import type { LessonPrintJob } from '@/store/classroom-slice';

export function LessonPrintButtons({ lessonId }: { lessonId: string }) {
  const store = useAppStoreApi();
  const map = useMapPort();
  const client = useQueryClient();
  const [status, setStatus] = useState('');
  const print = (kind: LessonPrintJob['kind']) => {
    setStatus('Preparing the pages…');
    printLesson(kind, lessonId, { store, map, client }).then(
      () => setStatus(''),
      (e: unknown) =>
        setStatus(`The lesson could not be printed: ${e instanceof Error ? e.message : String(e)}`),
    );
  };
  return (
    <>
      <button type="button" className="tool-button" onClick={() => print('steps')}>
        Print all steps
      </button>
      <button type="button" className="tool-button" onClick={() => print('worksheet')}>
        Print worksheet
      </button>
      {status && (
        <p className="tool-status" role="status">
          {status}
        </p>
      )}
    </>
  );
}
