/**
 * The lessons that come with the app, under My lessons: each can be copied into the builder
 * ("Edit a copy"), the start of a teacher's own version. Their titles come from their files.
 */
import type { ReactNode } from 'react';
import { useQueries } from '@tanstack/react-query';
import { LESSON_URLS, lessonQuery } from '@/datasets/lesson-queries';
import type { Lesson } from '@/datasets/lesson-schema';
import { useT } from '@/i18n';

interface Props {
  onCopy: (lesson: Lesson) => void;
  /** Other features' commands for a lesson (its printed pages), composed by the app. */
  tools?: (lessonId: string) => ReactNode;
}

export function BuiltInLessons({ onCopy, tools }: Props) {
  const ids = Object.keys(LESSON_URLS);
  const lessons = useQueries({ queries: ids.map((id) => lessonQuery(id)) });
  const t = useT();
  return (
    <>
      <h3>{t('lesson.my.builtIn')}</h3>
      <ul className="my-lessons-list">
        {lessons.map(({ data, error }, i) =>
          data ? (
            <li key={ids[i]}>
              <h4>{data.title}</h4>
              <p>{t('lesson.my.builtInMeta', { count: data.steps.length })}</p>
              <div className="my-lessons-actions" role="group" aria-label={data.title}>
                <button type="button" className="tool-button" onClick={() => onCopy(data)}>
                  {t('lesson.my.editCopy')}
                </button>
                {tools?.(data.id)}
              </div>
            </li>
          ) : (
            <li key={ids[i]}>
              {error ? t('lesson.my.unreadable', { id: ids[i]! }) : t('lesson.my.loading')}
            </li>
          ),
        )}
      </ul>
    </>
  );
}
