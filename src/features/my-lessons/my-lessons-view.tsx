/**
 * "My lessons" (?view=lessons): the lessons a teacher opened from a file or a link, kept in this
 * browser. Open a file (picker or drop), present, export, copy a link, delete. A file that fails
 * its checks is listed with every problem and changes nothing.
 */
import { useState, type ReactNode } from 'react';
import type { Dataset } from '@/datasets/dataset';
import { useAppActions } from '@/store/hooks';
import { useLessonCommands } from '@/ports/lesson-port';
import { exportLessonFile, useMyLessons, type Outcome } from './use-my-lessons';
import { LessonFileInput } from './lesson-file-input';
import { PageTitle } from '@/components/page-title';
import './my-lessons.css';

const kept = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

interface Props {
  dataset: Dataset;
  /** Other features' commands for a lesson (its printed pages), composed by the app. */
  tools?: (lessonId: string) => ReactNode;
}

export function MyLessonsView({ dataset, tools }: Props) {
  const { viewChanged } = useAppActions();
  const commands = useLessonCommands();
  const my = useMyLessons(dataset);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const report = (p: Promise<Outcome>) =>
    void p.then(setOutcome, (e: unknown) =>
      setOutcome({ ok: false, problems: [e instanceof Error ? e.message : String(e)] }),
    );
  const present = (id: string) => {
    viewChanged('map');
    void commands.open(id);
  };

  return (
    <article className="my-lessons" aria-labelledby="my-lessons-title">
      <PageTitle id="my-lessons-title" title="My lessons" onBack={() => viewChanged('map')} />
      <p>
        Lessons you open from a file or a link are kept in this browser only: no account, no server,
        and they work offline. To take one to another computer, export it as a file or copy its
        link.
      </p>
      <LessonFileInput onFile={(file) => report(my.openFile(file))} />
      {outcome?.ok === false ? (
        <div className="my-lessons-problems" role="alert">
          <p>The lesson was not opened:</p>
          <ul>
            {outcome.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="my-lessons-status" role="status">
          {outcome?.message}
        </p>
      )}
      <h3>Kept in this browser</h3>
      {my.lessons.length === 0 ? (
        <p>No lessons yet. Open a lesson file above, or a lesson link someone sent you.</p>
      ) : (
        <ul className="my-lessons-list">
          {my.lessons.map(({ id, lesson, savedAt }) => (
            <li key={id}>
              <h4>{lesson.title}</h4>
              <p>
                {lesson.steps.length} steps · kept {kept.format(new Date(savedAt))}
              </p>
              <div className="my-lessons-actions" role="group" aria-label={lesson.title}>
                <button type="button" className="tool-button" onClick={() => present(id)}>
                  Present
                </button>
                <button
                  type="button"
                  className="tool-button"
                  onClick={() => exportLessonFile(lesson)}
                >
                  Export file
                </button>
                <button
                  type="button"
                  className="tool-button"
                  onClick={() => report(my.copyLink(lesson))}
                >
                  Copy link
                </button>
                {tools?.(id)}
                <button type="button" className="tool-button" onClick={() => report(my.remove(id))}>
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
