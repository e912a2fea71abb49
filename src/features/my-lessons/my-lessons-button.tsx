import { useAppActions } from '@/store/hooks';
import { useT } from '@/i18n';

/** Opens "My lessons" (?view=lessons). */
export function MyLessonsButton() {
  const { viewChanged } = useAppActions();
  const t = useT();
  return (
    <button type="button" className="tool-button" onClick={() => viewChanged('lessons')}>
      {t('lesson.my.open')}
    </button>
  );
}
