import type { Dataset } from '@/datasets/dataset';
import type { LessonStep } from '@/datasets/lesson-schema';
import { StepBlock } from './step-block';
import { resolveBlock, storeDate, type ResolvedBlock } from './step-content';
import './step-blocks.css';

/** A step's data, resolved from the dataset on the step's date (the stage, the presenter). */
export function StepBlocks({
  step,
  dataset,
  asOf,
}: {
  step: LessonStep;
  dataset: Dataset;
  asOf: string | null;
}) {
  const date = storeDate(step.date, asOf);
  const blocks = step.show
    .map((b) => resolveBlock(b, dataset, date))
    .filter((b): b is ResolvedBlock => b !== null);
  if (blocks.length === 0) return null;
  return (
    <div className="lesson-blocks">
      {blocks.map((b, i) => (
        <StepBlock key={i} b={b} />
      ))}
    </div>
  );
}
