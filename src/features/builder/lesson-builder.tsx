/**
 * The builder's place beside the map (`?edit=my-…`): it reads the lesson kept in this browser
 * and hands it to the editor. While "Preview" presents the lesson it stays mounted but hidden
 * (the stage takes the screen), so leaving the preview comes back to it as it was.
 */
import { useQuery } from '@tanstack/react-query';
import type { Dataset } from '@/datasets/dataset';
import { getMyLesson } from '@/datasets/lesson-store';
import { useT } from '@/i18n';
import { useAppActions, useEditingId, useLessonId, usePresenterView } from '@/store/hooks';
import { BuilderEditor } from './builder-editor';
import './builder.css';

export function LessonBuilder({ dataset }: { dataset: Dataset }) {
  const editingId = useEditingId();
  const previewing = useLessonId() !== null;
  const presenter = usePresenterView();
  const { lessonEditClosed } = useAppActions();
  const t = useT();
  const kept = useQuery({
    queryKey: ['builder', editingId],
    queryFn: async () => (await getMyLesson(editingId!)) ?? null,
    enabled: editingId !== null,
    // Read once per opening: from then on the editor's state is the truth, and it writes back.
    staleTime: Infinity,
    gcTime: 0,
  });
  if (!editingId || presenter) return null;
  return (
    <aside className="lesson-builder" aria-labelledby="builder-title" hidden={previewing}>
      {kept.isPending ? (
        <p role="status" id="builder-title">
          {t('builder.opening')}
        </p>
      ) : kept.data ? (
        <BuilderEditor
          key={editingId}
          initial={kept.data.lesson}
          dataset={dataset}
          previewing={previewing}
        />
      ) : (
        <div role="alert">
          <h2 id="builder-title">{t('builder.title')}</h2>
          <p>
            {kept.error
              ? t('builder.storageUnreadable', { error: kept.error.message })
              : t('builder.notKept')}
          </p>
          <button type="button" className="tool-button" onClick={lessonEditClosed}>
            {t('builder.backToLessons')}
          </button>
        </div>
      )}
    </aside>
  );
}
