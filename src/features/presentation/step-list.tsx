import type { Lesson } from '@/datasets/lesson-schema';
import { useLessonStep } from '@/store/hooks';
import { BarMenu } from './bar-menu';

/** "Step k of n" as a button that opens the list of steps, to jump to any of them. */
export function StepList({ lesson, goTo }: { lesson: Lesson; goTo: (step: number) => void }) {
  const step = useLessonStep();
  return (
    <BarMenu menu="steps" label={`Step ${step} of ${lesson.steps.length}`}>
      <ol className="step-list-items" aria-label="Steps of the lesson">
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
