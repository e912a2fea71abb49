import { DEFAULT_LESSON_ID } from '@/datasets/lesson-queries';
import { useLessonCommands } from '@/ports/lesson-port';
import { useT } from '@/i18n';

/** "Present": starts the default lesson (a new history entry, so Back leaves it). */
export function PresentButton({ disabled }: { disabled: boolean }) {
  const lessons = useLessonCommands();
  const t = useT();
  return (
    <button
      type="button"
      className="tool-button tool-button--primary"
      onClick={() => void lessons.open(DEFAULT_LESSON_ID, 1)}
      disabled={disabled}
    >
      {t('lesson.present')}
    </button>
  );
}
