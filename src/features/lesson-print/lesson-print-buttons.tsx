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
import { useSay, useT } from '@/i18n';
import { LessonError, saidOf } from '@/datasets/lesson-check';
import { DataFileError } from '@/datasets/data-error';

export function LessonPrintButtons({ lessonId }: { lessonId: string }) {
  const store = useAppStoreApi();
  const map = useMapPort();
  const client = useQueryClient();
  const t = useT();
  const say = useSay();
  const [status, setStatus] = useState('');
  const print = (kind: LessonPrintJob['kind']) => {
    setStatus(t('lesson.print.preparing'));
    printLesson(kind, lessonId, { store, map, client }).then(
      () => setStatus(''),
      (e: unknown) => {
        const detail =
          e instanceof LessonError
            ? say(e.said)
            : e instanceof DataFileError && e.problems[0]
              ? say(saidOf(e.problems[0]))
              : e instanceof Error
                ? e.message
                : String(e);
        setStatus(t('lesson.print.failed', { detail }));
      },
    );
  };
  return (
    <>
      <button type="button" className="tool-button" onClick={() => print('steps')}>
        {t('lesson.print.steps')}
      </button>
      <button type="button" className="tool-button" onClick={() => print('worksheet')}>
        {t('lesson.print.worksheet')}
      </button>
      {status && (
        <p className="tool-status" role="status">
          {status}
        </p>
      )}
    </>
  );
}
