import { createContext, useContext } from 'react';
import { useT } from '@/i18n';
import { recordOrigin } from '@/datasets/record-origin';

type StringField<T> = { [K in keyof T]-?: NonNullable<T[K]> extends string ? K : never }[keyof T];

/** Whether the reader asked for the record's English, the reference text (one switch for all). */
export const RecordEnglishContext = createContext(false);

/**
 * A string of the record (a summary, an offer, a note…) as the localised dataset holds it: in
 * the reader's language, or in English marked as such where the translation is missing or out
 * of date, or in English everywhere while the reader asks for the reference text.
 */
export function RecordText<T extends object>({ of, field }: { of: T; field: StringField<T> }) {
  const t = useT();
  const showEnglish = useContext(RecordEnglishContext);
  const text = (of[field] as string | undefined) ?? '';
  const origin = recordOrigin(of, field as string | number);
  if (!origin) return <>{text}</>;
  if (origin.status === 'translated')
    return showEnglish ? <span lang="en">{origin.english}</span> : <>{text}</>;
  return (
    <span lang="en">
      {origin.english}{' '}
      <abbr className="record-english-mark" title={t('record.englishFallbackTitle')}>
        {t('record.englishFallback')}
      </abbr>
    </span>
  );
}
