import type { Dataset } from '@/datasets/dataset';
import type { LessonStep } from '@/datasets/lesson-schema';
import { StepBlock } from './step-block';
import { resolveBlock, storeDate, type ResolvedBlock } from './step-content';
import './step-blocks.css';

/**
 * A step's data, resolved from the dataset on the step's date: all of it (the presenter), or
 * only the card `only` (0-based, the audience stage shows one card per clicker press).
 */
export function StepBlocks({
  step,
  dataset,
  asOf,
  only,
  rows,
}: {
  step: LessonStep;
  dataset: Dataset;
  asOf: string | null;
  only?: number;
  /** Of a list card, only these rows [from, to) (a long list of changes, a few per press). */
  rows?: readonly [number, number] | null;
}) {
  const date = storeDate(step.date, asOf);
  const shown = only === undefined ? step.show : step.show.slice(only, only + 1);
  const blocks = shown
    .map((b) => resolveBlock(b, dataset, date))
    .filter((b): b is ResolvedBlock => b !== null)
    .map((b) => (rows && b.kind === 'changes' ? { ...b, rows: b.rows.slice(...rows) } : b));
  if (blocks.length === 0) return null;
  return (
    <div className="lesson-blocks">
      {blocks.map((b, i) => (
        <StepBlock key={i} b={b} />
      ))}
    </div>
  );
}
