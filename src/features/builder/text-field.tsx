/**
 * A labelled text field with the schema's limit shown as a count, enforced by `maxLength`, and
 * said in words once it is reached (a paste longer than the limit is cut there). A problem from
 * the checks (draft-problems.ts) sits under the field and is tied to it for screen readers.
 */
import { useId } from 'react';
import { useT, type MessageId } from '@/i18n';
import { sayProblem, type Problem } from './draft-problems';

interface Props {
  label: string;
  value: string;
  max: number;
  onChange: (value: string) => void;
  /** The limit in words, with `{max}`: "A step title may be at most 90 characters." */
  limit: MessageId;
  problem?: Problem | undefined;
  multiline?: boolean;
  rows?: number;
  hint?: string;
}

export function TextField({
  label,
  value,
  max,
  onChange,
  limit,
  problem,
  multiline,
  rows,
  hint,
}: Props) {
  const id = useId();
  const t = useT();
  const full = value.length >= max;
  const described = [`${id}-count`, problem ? `${id}-problem` : '', hint ? `${id}-hint` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value,
    maxLength: max,
    'aria-describedby': described,
    'aria-invalid': problem ? true : undefined,
    onChange: (e: { currentTarget: { value: string } }) => onChange(e.currentTarget.value),
  };
  return (
    <div className={`builder-field${problem ? ' builder-field--problem' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="builder-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {multiline ? <textarea rows={rows ?? 3} {...common} /> : <input type="text" {...common} />}
      <p className={`builder-count${full ? ' builder-count--full' : ''}`} id={`${id}-count`}>
        {full ? t(limit, { max }) : t('builder.count', { count: value.length, max })}
      </p>
      {problem && (
        <p className="builder-problem" id={`${id}-problem`}>
          {t('builder.fieldProblem', { label, problem: sayProblem(t, problem) })}
        </p>
      )}
    </div>
  );
}
