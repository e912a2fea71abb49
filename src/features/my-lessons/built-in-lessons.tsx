/**
 * The lessons that come with the app, under My lessons: each can be copied into the builder
 * ("Edit a copy"), the start of a teacher's own version. Their titles come from their files.
 */
import type { ReactNode } from 'react';
import { useQueries } from '@tanstack/react-query';
import { LESSON_URLS, lessonQuery } from '@/datasets/lesson-queries';
import type { Lesson } from '@/datasets/lesson-schema';

interface Props {
  onCopy: (lesson: Lesson) => void;
  /** Other features' commands for a lesson (its printed pages), composed by the app. */
  tools?: (lessonId: string) => ReactNode;
}

export function BuiltInLessons({ onCopy, tools }: Props) {
  const ids = Object.keys(LESSON_URLS);
  const lessons = useQueries({ queries: ids.map((id) => lessonQuery(id)) });
  return (
    <>
      <h3>Built-in lessons</h3>
      <ul className="my-lessons-list">
        {lessons.map(({ data, error }, i) =>
          data ? (
            <li key={ids[i]}>
              <h4>{data.title}</h4>
              <p>{data.steps.length} steps · comes with the app</p>
              <div className="my-lessons-actions" role="group" aria-label={data.title}>
                <button type="button" className="tool-button" onClick={() => onCopy(data)}>
                  Edit a copy
                </button>
                {tools?.(data.id)}
              </div>
            </li>
          ) : (
            <li key={ids[i]}>{error ? `${ids[i]}: could not be read.` : 'Loading…'}</li>
          ),
        )}
      </ul>
    </>
  );
}
