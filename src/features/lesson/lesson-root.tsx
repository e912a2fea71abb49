/**
 * The lesson's page-wide marks, in both windows: `lesson-active` on <html>, `stage-layout` in
 * the audience window (the map with the step beside it: src/app/layout-modes.css) and the
 * blackout over the audience screen.
 */
import { useBlackout, useLessonId, usePresenterView } from '@/store/hooks';
import { useRootClass } from '@/components/use-root-class';
import { Blackout } from './blackout';

export function LessonRoot() {
  const lessonId = useLessonId();
  const blackout = useBlackout();
  const presenter = usePresenterView();
  useRootClass('lesson-active', lessonId !== null);
  useRootClass('stage-layout', lessonId !== null && !presenter);
  useRootClass('blacked-out', blackout !== 'off' && !presenter);
  return <Blackout />;
}
