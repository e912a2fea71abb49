import { useAppActions } from '@/store/hooks';

/** Opens "My lessons" (?view=lessons). */
export function MyLessonsButton() {
  const { viewChanged } = useAppActions();
  return (
    <button type="button" className="tool-button" onClick={() => viewChanged('lessons')}>
      My lessons
    </button>
  );
}
