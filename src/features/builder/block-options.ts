/**
 * What a step can show from the data, offered by "Insert from the data": for the step's country,
 * the parts of its position and its quotes; for the step's filter (or every type on the map),
 * how many countries and which; the summit's numbers, facts and how sure the record is. Each
 * option is a reference (lesson-schema.ts's blocks): the words and numbers are read from the data
 * when the step is shown, never typed. Pure: the words are said with the reader's `t` and `f`.
 */
import type { Dataset } from '@/datasets/dataset';
import { countByType } from '@/datasets/dataset';
import type { LessonBlock, LessonStep } from '@/datasets/lesson-schema';
import { COMMITMENT_TYPE_IDS } from '@/datasets/schemas';
import { shorten } from '@/datasets/vocabulary';
import type { Formatter, MessageId, Translate } from '@/i18n';
import { storeDate } from '@/components/step-blocks/step-content';
import { hasBlock } from './draft-ops';

export interface BlockOption {
  group: string;
  label: string;
  block: LessonBlock;
}

const PARTS = [
  ['summary', 'builder.option.summary'],
  ['offers', 'builder.option.offers'],
  ['conditions', 'builder.option.conditions'],
] as const satisfies readonly (readonly [string, MessageId])[];

export function blockOptions(
  step: LessonStep,
  dataset: Dataset,
  t: Translate,
  f: Formatter,
): BlockOption[] {
  const out: BlockOption[] = [];
  const country = step.country ? dataset.byIso3.get(step.country) : undefined;
  if (country) {
    const group = f.countryName(country.iso3, country.name);
    for (const [part, words] of PARTS)
      out.push({
        group,
        label: t(words, { country: group }),
        block: { kind: 'position', iso3: country.iso3, part },
      });
    for (const q of country.quotes)
      out.push({
        group,
        label: t('builder.option.quote', {
          speaker: q.speaker,
          date: f.date(q.date),
          text: shorten(q.text, 60),
        }),
        block: { kind: 'quote', id: q.id },
      });
  }
  // The step's filter, or else every type that has countries on the step's date.
  const counts = countByType(dataset.countries, storeDate(step.date, null));
  const types = step.types?.length ? step.types : COMMITMENT_TYPE_IDS.filter((t) => counts[t] > 0);
  const which = step.types?.length ? 'shown' : 'every';
  if (types.length > 0) {
    const group = t('builder.option.byType');
    out.push({
      group,
      label: t('builder.option.count', { which }),
      block: { kind: 'count', types: [...types] },
    });
    out.push({
      group,
      label: t('builder.option.countries', { which }),
      block: { kind: 'countries', types: [...types] },
    });
  }
  const summit = t('builder.option.summitGroup');
  out.push({ group: summit, label: t('builder.option.summit'), block: { kind: 'summit' } });
  dataset.coalition.summit.facts.forEach((fact, index) =>
    out.push({
      group: summit,
      label: t('builder.option.fact', { text: shorten(fact.text, 70) }),
      block: { kind: 'fact', index },
    }),
  );
  out.push({
    group: summit,
    label: t('builder.option.confidence'),
    block: { kind: 'confidence' },
  });
  return out.filter((o) => !hasBlock(step, o.block));
}
