import type { Lesson } from '@/datasets/lesson-schema';
import { useT } from '@/i18n';
import { BarMenu } from './bar-menu';

interface Props {
  lesson: Lesson;
  /** 1-based, as on screen. */
  step: number;
  goTo: (step: number) => void;
  open: boolean;
  onToggle: () => void;
  onDismiss: () => void;
}

/** "Step k of n" as a button that opens the list of steps, to jump to any of them. */
export function StepList({ lesson, step, goTo, ...menu }: Props) {
  const t = useT();
  return (
    <BarMenu
      name="steps"
      label={
        // A phone's one row of controls shows "8/10"; the words stay the button's name.
        <>
          <span className="step-list-words">
            {t('map.stepOf', { step, count: lesson.steps.length })}
          </span>
          <span className="step-list-count" aria-hidden="true">
            {step}/{lesson.steps.length}
          </span>
        </>
      }
      {...menu}
    >
      <ol className="step-list-items" aria-label={t('map.lessonSteps')}>
        {lesson.steps.map((s, i) => (
          <li key={s.id}>
            <button
              type="button"
              aria-current={i + 1 === step ? 'step' : undefined}
              onClick={() => goTo(i + 1)}
            >
              {i + 1}. {s.title}
            </button>
          </li>
        ))}
      </ol>
    </BarMenu>
  );
}
