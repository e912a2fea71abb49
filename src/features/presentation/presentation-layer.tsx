/**
 * The classroom layer, mounted once at the top of the app (both windows): it runs the lesson
 * (loading, applying steps, keys, the presenter channel), sets the projector and lesson classes
 * on <html>, draws the blackout and, while printing, the handout.
 */
import { useEffect, useMemo } from 'react';
import type { Dataset } from '@/datasets/dataset';
import {
  useBlackout,
  useConcealed,
  useLessonId,
  useLessonStep,
  usePresenterView,
  useProjector,
  useSidebarCollapsed,
  useUiScale,
} from '@/store/hooks';
import { useAppStore, useAppStoreApi } from '@/store/store-context';
import { Blackout } from './blackout';
import { PrintHandout } from './print-handout';
import { usePresentationKeys } from './use-presentation-keys';
import { usePresenterSync } from './use-presenter-sync';
import { usePrintHandout } from './use-print-handout';
import { useLesson, useLessonControls, useLessonFailure, useStepApplier } from './use-lesson';
import { openPresenterWindow, toggleFullscreen } from './window-commands';
import './presentation.css';
import './projector.css';

function useDocumentClasses() {
  const lessonId = useLessonId();
  const projector = useProjector();
  const collapsed = useSidebarCollapsed();
  const presenter = usePresenterView();
  const blackout = useBlackout();
  const scale = useUiScale();
  const concealed = useConcealed();
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('lesson-active', lessonId !== null);
    root.classList.toggle('projector-mode', projector);
    root.classList.toggle('sidebar-collapsed', projector && collapsed);
    root.classList.toggle('presenter-window', presenter);
    root.classList.toggle('blacked-out', blackout !== 'off' && !presenter);
    // A reveal step hides the colours; the legend's counts and the grouped list would give
    // the answer away, so CSS hides them too (presentation.css).
    root.classList.toggle('colours-concealed', concealed && lessonId !== null);
    root.style.setProperty('--ui-scale', String(scale));
  }, [lessonId, projector, collapsed, presenter, blackout, scale, concealed]);
  useEffect(
    () => () => {
      const root = document.documentElement;
      for (const c of [
        'lesson-active',
        'projector-mode',
        'sidebar-collapsed',
        'presenter-window',
        'colours-concealed',
      ])
        root.classList.remove(c);
      root.classList.remove('blacked-out');
    },
    [],
  );
}

export function PresentationLayer({ dataset }: { dataset: Dataset | undefined }) {
  const { lesson, failure } = useLesson(dataset);
  const store = useAppStoreApi();
  const step = useLessonStep();
  useLessonFailure(failure);
  useStepApplier(lesson);
  usePresenterSync(lesson);
  useDocumentClasses();
  const controls = useLessonControls(lesson);
  const commands = useMemo(
    () => ({
      ...controls,
      fullscreen: toggleFullscreen,
      presenter: () => {
        const s = store.getState();
        if (s.lessonId) openPresenterWindow(s.lessonId, s.lessonStep);
      },
      print: () => store.getState().actions.printRequested(),
    }),
    [controls, store],
  );
  usePresentationKeys(commands);
  const mapImage = usePrintHandout();
  // Rendered only while printing: 40 rows and a QR code re-encoded on every step would cost
  // every load and every lesson step for a page nobody sees on screen.
  const printing = useAppStore((s) => s.patternsBeforePrint !== null);

  return (
    <>
      <Blackout />
      {dataset && printing && (
        <PrintHandout
          dataset={dataset}
          mapImage={mapImage}
          href={window.location.href}
          stepTitle={lesson?.steps[step - 1]?.title}
        />
      )}
    </>
  );
}
