/**
 * The lessons that come with the app, under My lessons: each can be copied into the builder
 * ("Edit a copy"), the start of a teacher's own version, in the class's language.
 */
import type { ReactNode } from 'react';
import { useQueries } from '@tanstack/react-query';
import { LESSON_URLS, lessonQuery } from '@/datasets/lesson-queries';
import type { Lesson } from '@/datasets/lesson-schema';
import { useLangInUse, useT } from '@/i18n';
import { lessonTranslationQuery } from '@/datasets/lesson-translation-query';
import { localiseLesson } from '@/datasets/lesson-text';

interface Props {
  onCopy: (lesson: Lesson) => void;
  /** Other features' commands for a lesson (its printed pages), composed by the app. */
  tools?: (lessonId: string) => ReactNode;
}

export function BuiltInLessons({ onCopy, tools }: Props) {
  const ids = Object.keys(LESSON_URLS);
  const lang = useLangInUse();
  const english = useQueries({ queries: ids.map((id) => lessonQuery(id)) });
  // In the class's language (data/i18n/<lang>/lessons/): a copy starts from what the class sees.
  const translations = useQueries({
    queries: ids.map((id) => lessonTranslationQuery(lang, id)),
  });
  const lessons = english.map((q, i) => ({
    ...q,
    data: q.data && localiseLesson(q.data, lang, translations[i]?.data),
  }));
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
