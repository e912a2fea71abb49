/** One lesson kept in this browser, with what a teacher can do with it. */
import type { StoredLesson } from '@/datasets/lesson-store';

const kept = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export interface CardActions {
  present: (id: string) => void;
  edit: (id: string) => void;
  editCopy: (stored: StoredLesson) => void;
  exportFile: (stored: StoredLesson) => void;
  copyLink: (stored: StoredLesson) => void;
  remove: (id: string) => void;
}

export function LessonCard({ stored, actions }: { stored: StoredLesson; actions: CardActions }) {
  const { id, lesson, savedAt } = stored;
  // A lesson still being built may have no title yet.
  const title = lesson.title.trim() || 'Untitled lesson';
  const buttons: [string, () => void][] = [
    ['Present', () => actions.present(id)],
    ['Edit', () => actions.edit(id)],
    ['Edit a copy', () => actions.editCopy(stored)],
    ['Export file', () => actions.exportFile(stored)],
    ['Copy link', () => actions.copyLink(stored)],
    ['Delete', () => actions.remove(id)],
  ];
  return (
    <li>
      <h4>{title}</h4>
      <p>
        {lesson.steps.length} steps · kept {kept.format(new Date(savedAt))}
      </p>
      <div className="my-lessons-actions" role="group" aria-label={title}>
        {buttons.map(([name, act]) => (
          <button key={name} type="button" className="tool-button" onClick={act}>
            {name}
          </button>
        ))}
      </div>
    </li>
  );
}
