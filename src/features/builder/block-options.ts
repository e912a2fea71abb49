/**
 * What a step can show from the data, offered by "Insert from the data": for the step's country,
 * the parts of its position and its quotes; for the step's filter (or every type on the map),
 * how many countries and which; the summit's numbers, facts and how sure the record is. Each
 * option is a reference (lesson-schema.ts's blocks): the words and numbers are read from the data
 * when the step is shown, never typed. Pure.
 */
import type { Dataset } from '@/datasets/dataset';
import { countByType } from '@/datasets/dataset';
import type { LessonBlock, LessonStep } from '@/datasets/lesson-schema';
import { COMMITMENT_TYPE_IDS } from '@/datasets/schemas';
import { formatDate, shorten } from '@/datasets/vocabulary';
import { storeDate } from '@/components/step-blocks/step-content';
import { hasBlock } from './draft-ops';

export interface BlockOption {
  group: string;
  label: string;
  block: LessonBlock;
}

const PARTS = [
  ['summary', 'position in one line'],
  ['offers', 'what it offers'],
  ['conditions', 'its conditions'],
] as const;

export function blockOptions(step: LessonStep, dataset: Dataset): BlockOption[] {
  const out: BlockOption[] = [];
  const country = step.country ? dataset.byIso3.get(step.country) : undefined;
  if (country) {
    const group = country.name;
    for (const [part, words] of PARTS)
      out.push({
        group,
        label: `${country.name}: ${words}`,
        block: { kind: 'position', iso3: country.iso3, part },
      });
    for (const q of country.quotes)
      out.push({
        group,
        label: `Quote: ${q.speaker}, ${formatDate(q.date)}: ${shorten(q.text, 60)}`,
        block: { kind: 'quote', id: q.id },
      });
  }
  // The step's filter, or else every type that has countries on the step's date.
  const counts = countByType(dataset.countries, storeDate(step.date, null));
  const types = step.types?.length ? step.types : COMMITMENT_TYPE_IDS.filter((t) => counts[t] > 0);
  const which = step.types?.length ? 'the types shown' : 'every type';
  if (types.length > 0) {
    const group = 'Countries by type';
    out.push({
      group,
      label: `How many countries, for ${which}`,
      block: { kind: 'count', types: [...types] },
    });
    out.push({
      group,
      label: `Which countries, for ${which}`,
      block: { kind: 'countries', types: [...types] },
    });
  }
  const summit = 'The summit and the record';
  out.push({ group: summit, label: 'The summit in numbers', block: { kind: 'summit' } });
  dataset.coalition.summit.facts.forEach((f, index) =>
    out.push({
      group: summit,
      label: `Summit fact: ${shorten(f.text, 70)}`,
      block: { kind: 'fact', index },
    }),
  );
  out.push({ group: summit, label: 'How sure the positions are', block: { kind: 'confidence' } });
  return out.filter((o) => !hasBlock(step, o.block));
}
