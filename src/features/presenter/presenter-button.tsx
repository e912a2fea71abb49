import { useLessonId } from '@/store/hooks';
import { useAppStoreApi } from '@/store/store-context';
import { openPresenter } from './window-commands';
import { useT } from '@/i18n';

/** Opens the presenter window for the lesson running here (the same command as the N key). */
export function PresenterButton() {
  const lessonId = useLessonId();
  const store = useAppStoreApi();
  const t = useT();
  if (!lessonId) return null;
  return (
    <button type="button" className="tool-button" onClick={() => openPresenter(store)}>
      {t('lesson.presenter.open')}
    </button>
  );
}
