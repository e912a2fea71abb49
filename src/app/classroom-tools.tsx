/**
 * The classroom buttons, composed from the features that own them: Present (lesson), projector
 * mode (display), the presenter window (presenter), image and handout (export), the embed code
 * (embed) and, during a lesson, its printed pages (lesson-print). In the header when no lesson
 * runs; in the lesson bar's Tools while one does.
 */
import type { Dataset } from '@/datasets/dataset';
import { useMenu } from '@/store/hooks';
import { BarMenu } from '@/components/bar-menu';
import { PresentButton } from '@/features/lesson/present-button';
import { ProjectorOptions } from '@/features/display/projector-options';
import { PresenterButton } from '@/features/presenter/presenter-button';
import { ExportTools } from '@/features/export/export-tools';
import { MyLessonsButton } from '@/features/my-lessons/my-lessons-button';
import { EmbedCode } from '@/features/embed/embed-code-button';
import { LessonPrintButtons } from '@/features/lesson-print/lesson-print-buttons';
import { useLessonId } from '@/store/hooks';
import { useT } from '@/i18n';

export function ClassroomTools({
  dataset,
  place,
}: {
  dataset: Dataset | undefined;
  place: 'header' | 'lesson';
}) {
  const lessonId = useLessonId();
  return (
    <div className={`classroom-tools classroom-tools--${place}`}>
      {place === 'lesson' && <PresenterButton />}
      <ProjectorOptions />
      <ExportTools dataset={dataset} />
      {place === 'lesson' && lessonId && <LessonPrintButtons lessonId={lessonId} />}
      {place === 'header' && <MyLessonsButton />}
      <EmbedCode />
    </div>
  );
}

export function HeaderClassroom({ dataset }: { dataset: Dataset | undefined }) {
  const menu = useMenu('tools');
  const t = useT();
  return (
    <div className="header-classroom">
      <PresentButton disabled={!dataset} />
      <BarMenu
        name="tools"
        label={
          // A phone's one-line header shows the short word; the name stays the full one.
          <>
            <span className="label-full">{t('views.classroomTools')}</span>
            <span className="label-short" aria-hidden="true">
              {t('views.classroomToolsShort')}
            </span>
          </>
        }
        below
        {...menu}
      >
        <ClassroomTools dataset={dataset} place="header" />
      </BarMenu>
    </div>
  );
}
