/**
 * "My lessons" (?view=lessons): the lessons a teacher made or opened from a file or a link, kept
 * in this browser. New lesson, open a file (picker or drop); present, edit (or edit a copy, the
 * built-in lessons too), export, copy a link, delete. A file that fails its checks is listed
 * with every problem and changes nothing.
 */
import { useState, type ReactNode } from 'react';
import type { Dataset } from '@/datasets/dataset';
import { useAppActions } from '@/store/hooks';
import { useLessonCommands } from '@/ports/lesson-port';
import { exportLessonFile, failedOutcome, useMyLessons, type Outcome } from './use-my-lessons';
import { useSay, useT } from '@/i18n';
import { LessonFileInput } from './lesson-file-input';
import { PageTitle } from '@/components/page-title';
import { LessonCard, type CardActions } from './lesson-card';
import { BuiltInLessons } from './built-in-lessons';
import { useLessonEdits } from './use-lesson-edits';
import './my-lessons.css';

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
  const t = useT();
  const say = useSay();
  const report = (p: Promise<Outcome>) =>
    void p.then(setOutcome, (e: unknown) => setOutcome(failedOutcome(e)));
  const present = (id: string) => {
    viewChanged('map');
    void commands.open(id);
  };
  const edits = useLessonEdits();
  const actions: CardActions = {
    present,
    edit: edits.edit,
    editCopy: (s) => report(edits.editCopy(s.lesson)),
    exportFile: (s) => exportLessonFile(s.lesson),
    copyLink: (s) => report(my.copyLink(s.lesson)),
    remove: (id) => report(my.remove(id)),
  };

  return (
    <article className="my-lessons" aria-labelledby="my-lessons-title">
      <PageTitle
        id="my-lessons-title"
        title={t('lesson.my.title')}
        onBack={() => viewChanged('map')}
      />
      <p>{t('lesson.my.intro')}</p>
      <button
        type="button"
        className="tool-button tool-button--primary"
        onClick={() => report(edits.startNew())}
      >
        {t('lesson.my.new')}
      </button>
      <LessonFileInput onFile={(file) => report(my.openFile(file))} />
      {outcome?.ok === false ? (
        <div className="my-lessons-problems" role="alert">
          <p>{t('lesson.my.notOpened')}</p>
          <ul>
            {outcome.problems.map(say).map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="my-lessons-status" role="status">
          {outcome?.message && say(outcome.message)}
        </p>
      )}
      <h3>{t('lesson.my.kept')}</h3>
      {my.lessons.length === 0 ? (
        <p>{t('lesson.my.none')}</p>
      ) : (
        <ul className="my-lessons-list">
          {my.lessons.map((stored) => (
            <LessonCard
              key={stored.id}
              stored={stored}
              actions={actions}
              tools={tools?.(stored.id)}
            />
          ))}
        </ul>
      )}
      <BuiltInLessons onCopy={(lesson) => report(edits.editCopy(lesson))} tools={tools} />
    </article>
  );
}
