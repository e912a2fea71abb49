/** One lesson kept in this browser, with what a teacher can do with it. */
import type { ReactNode } from 'react';
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

interface Props {
  stored: StoredLesson;
  actions: CardActions;
  /** Other features' buttons for this lesson (its printed pages), before Delete. */
  tools?: ReactNode;
}

export function LessonCard({ stored, actions, tools }: Props) {
  const { id, lesson, savedAt } = stored;
  // A lesson still being built may have no title yet.
  const title = lesson.title.trim() || 'Untitled lesson';
  const buttons: [string, () => void][] = [
    ['Present', () => actions.present(id)],
    ['Edit', () => actions.edit(id)],
    ['Edit a copy', () => actions.editCopy(stored)],
    ['Export file', () => actions.exportFile(stored)],
    ['Copy link', () => actions.copyLink(stored)],
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
        {tools}
        <button type="button" className="tool-button" onClick={() => actions.remove(id)}>
          Delete
        </button>
      </div>
    </li>
  );
}
