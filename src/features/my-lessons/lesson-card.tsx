/** One lesson kept in this browser, with what a teacher can do with it. */
import type { ReactNode } from 'react';
import type { StoredLesson } from '@/datasets/lesson-store';
import { intlLocale, useLangInUse, useT, type MessageId } from '@/i18n';

const keptFormats = new Map<string, Intl.DateTimeFormat>();
/** When a lesson was kept, in the reader's way of writing a day and a time. */
const keptFormat = (locale: string) => {
  let f = keptFormats.get(locale);
  if (!f)
    keptFormats.set(
      locale,
      (f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })),
    );
  return f;
};

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
  const t = useT();
  const lang = useLangInUse();
  // A lesson still being built may have no title yet.
  const title = lesson.title.trim() || t('lesson.my.untitled');
  const buttons: [MessageId, () => void][] = [
    ['lesson.my.present', () => actions.present(id)],
    ['lesson.my.edit', () => actions.edit(id)],
    ['lesson.my.editCopy', () => actions.editCopy(stored)],
    ['lesson.my.export', () => actions.exportFile(stored)],
    ['lesson.my.copyLink', () => actions.copyLink(stored)],
  ];
  return (
    <li>
      <h4>{title}</h4>
      <p>
        {t('lesson.my.keptMeta', {
          count: lesson.steps.length,
          when: keptFormat(intlLocale(lang)).format(new Date(savedAt)),
        })}
      </p>
      <div className="my-lessons-actions" role="group" aria-label={title}>
        {buttons.map(([name, act]) => (
          <button key={name} type="button" className="tool-button" onClick={act}>
            {t(name)}
          </button>
        ))}
        {tools}
        <button type="button" className="tool-button" onClick={() => actions.remove(id)}>
          {t('lesson.my.delete')}
        </button>
      </div>
    </li>
  );
}
