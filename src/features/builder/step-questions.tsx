/**
 * A step's discussion questions: the stage asks them one press at a time, and the worksheet
 * prints them with answer lines. Each has the schema's limit; an empty list is no list.
 */
import type { LessonStep } from '@/datasets/lesson-schema';
import { useT } from '@/i18n';
import { LIMITS } from './draft-ops';
import type { Problems } from './draft-problems';
import { TextField } from './text-field';

interface Props {
  step: LessonStep;
  number: number;
  at: number;
  problems: Problems;
  onChange: (questions: string[] | undefined) => void;
}

export function StepQuestions({ step, number, at, problems, onChange }: Props) {
  const questions = step.questions ?? [];
  const set = (next: string[]) => onChange(next.length ? next : undefined);
  const t = useT();
  return (
    <div className="builder-questions">
      <p className="builder-label">{t('builder.questions')}</p>
      {questions.map((q, i) => (
        <div key={i} className="builder-question">
          <TextField
            label={t('builder.question', { step: number, question: i + 1 })}
            limit="builder.limit.question"
            multiline
            rows={2}
            value={q}
            max={LIMITS.question}
            problem={problems.get(`steps.${at}.questions.${i}`)}
            onChange={(v) => set(questions.toSpliced(i, 1, v))}
          />
          <button
            type="button"
            className="link-button"
            aria-label={t('builder.question.removeLabel', { step: number, question: i + 1 })}
            onClick={() => set(questions.toSpliced(i, 1))}
          >
            {t('builder.question.remove', { question: i + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="tool-button"
        aria-label={t('builder.question.addLabel', { step: number })}
        onClick={() => set([...questions, ''])}
      >
        {t('builder.question.add')}
      </button>
    </div>
  );
}
