/**
 * The classroom buttons: projector mode, the sidebar, the presenter window, image download and
 * copy, and the printed handout. In the header (with Present, the default lesson) when no lesson
 * runs, in the lesson bar's Tools while one does.
 */
import type { Dataset } from '@/datasets/dataset';
import type { Lesson } from '@/datasets/lesson-schema';
import { DEFAULT_LESSON_ID } from '@/datasets/lesson-queries';
import {
  useAppActions,
  useLessonId,
  useLessonStep,
  useProjector,
  useSidebarCollapsed,
} from '@/store/hooks';
import { canCopyImages, useImageExport } from './use-image-export';
import { openPresenterWindow } from './window-commands';
import { BarMenu } from './bar-menu';

interface Props {
  dataset: Dataset | undefined;
  lesson?: Lesson | undefined;
  place: 'header' | 'lesson';
}

export function ClassroomTools({ dataset, lesson, place }: Props) {
  const lessonId = useLessonId();
  const step = useLessonStep();
  const projector = useProjector();
  const collapsed = useSidebarCollapsed();
  const { lessonOpened, projectorToggled, sidebarToggled, printRequested } = useAppActions();
  const image = useImageExport(dataset, lesson);
  const tools = (
    <div className={`classroom-tools classroom-tools--${place}`}>
      {place === 'lesson' && lessonId && (
        <button
          type="button"
          className="tool-button"
          onClick={() => openPresenterWindow(lessonId, step)}
        >
          Presenter view
        </button>
      )}
      <button
        type="button"
        className="tool-button"
        aria-pressed={projector}
        onClick={projectorToggled}
      >
        Projector
      </button>
      {projector && (
        <button
          type="button"
          className="tool-button"
          aria-pressed={collapsed}
          onClick={sidebarToggled}
        >
          Hide sidebar
        </button>
      )}
      <button type="button" className="tool-button" onClick={image.download} disabled={!dataset}>
        Download image
      </button>
      {canCopyImages() && (
        <button type="button" className="tool-button" onClick={image.copy} disabled={!dataset}>
          Copy image
        </button>
      )}
      <button type="button" className="tool-button" onClick={printRequested} disabled={!dataset}>
        Print handout
      </button>
      <p className="tool-status" role="status">
        {image.status}
      </p>
    </div>
  );
  if (place === 'lesson') return tools;
  return (
    <div className="header-classroom">
      <button
        type="button"
        className="tool-button tool-button--primary"
        onClick={() => lessonOpened(DEFAULT_LESSON_ID, 1)}
        disabled={!dataset}
      >
        Present
      </button>
      <BarMenu menu="tools" label="Classroom tools" below>
        {tools}
      </BarMenu>
    </div>
  );
}
