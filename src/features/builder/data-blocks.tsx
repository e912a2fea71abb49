/**
 * A step's data, as the class will see it: each inserted block resolved from the data (the
 * stage's own StepBlock), with a way to remove it; and "Insert from the data", which offers only
 * references (block-options.ts). Nothing here lets a teacher type a fact.
 */
import { useId, useState } from 'react';
import type { Dataset } from '@/datasets/dataset';
import type { LessonBlock, LessonStep } from '@/datasets/lesson-schema';
import { StepBlock } from '@/components/step-blocks/step-block';
import { resolveBlock, storeDate } from '@/components/step-blocks/step-content';
import '@/components/step-blocks/step-blocks.css';
import { useFormat, useT } from '@/i18n';
import { blockOptions } from './block-options';

interface Props {
  step: LessonStep;
  number: number;
  dataset: Dataset;
  onAdd: (block: LessonBlock) => void;
  onRemove: (index: number) => void;
}

export function DataBlocks({ step, number, dataset, onAdd, onRemove }: Props) {
  const id = useId();
  const t = useT();
  const f = useFormat();
  const options = blockOptions(step, dataset, t, f);
  const [chosen, setChosen] = useState('');
  const groups = [...new Set(options.map((o) => o.group))];
  const date = storeDate(step.date, null);
  const insert = () => {
    const option = options[Number(chosen)];
    if (option) onAdd(option.block);
    setChosen('');
  };
  return (
    <div className="builder-blocks">
      <p className="builder-label">{t('builder.data')}</p>
      {step.show.length === 0 && <p className="builder-hint">{t('builder.data.none')}</p>}
      <ul className="builder-block-list" aria-label={t('builder.data.list', { step: number })}>
        {step.show.map((b, i) => {
          const resolved = resolveBlock(b, dataset, date);
          return (
            <li key={JSON.stringify(b)}>
              {resolved ? <StepBlock b={resolved} /> : <p>{t('builder.data.gone')}</p>}
              <button
                type="button"
                className="link-button"
                aria-label={t('builder.data.removeLabel', { step: number })}
                onClick={() => onRemove(i)}
              >
                {t('builder.data.remove')}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="builder-insert">
        <label htmlFor={id}>{t('builder.data.insertFrom')}</label>
        <select id={id} value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
          <option value="">{t('builder.data.choose')}</option>
          {groups.map((g) => (
            <optgroup key={g} label={g}>
              {options.map((o, i) =>
                o.group === g ? (
                  <option key={i} value={String(i)}>
                    {o.label}
                  </option>
                ) : null,
              )}
            </optgroup>
          ))}
        </select>
        <button
          type="button"
          className="tool-button"
          aria-label={t('builder.data.insertLabel', { step: number })}
          disabled={chosen === ''}
          onClick={insert}
        >
          {t('builder.data.insert')}
        </button>
      </div>
    </div>
  );
}
