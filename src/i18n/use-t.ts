/**
 * The hooks features use: `t(id, values)` for a message as a string (attributes, accessible
 * names, announcements), `useFormat()` for dates, numbers, names and lists in the reader's
 * language. Rich text with markup uses react-intl's `<FormattedMessage>` with a typed id.
 */
import { useCallback, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { formatterFor, type Formatter } from './format';
import { isLang, type Lang } from './langs';
import type { MessageId, MessageValues, Msg } from './messages';

export type Translate = (id: MessageId, values?: MessageValues) => string;

export function useLangInUse(): Lang {
  const { locale } = useIntl();
  const base = locale.split('-')[0] ?? 'en';
  return isLang(base) ? base : 'en';
}

export function useT(): Translate {
  const intl = useIntl();
  return useCallback((id, values) => intl.formatMessage({ id }, values), [intl]);
}

/** Says a message value (a notice, an error) in the reader's language. */
export function useSay(): (m: Msg) => string {
  const t = useT();
  return useCallback((m) => t(m.id, m.values), [t]);
}

export function useFormat(): Formatter {
  const lang = useLangInUse();
  return useMemo(() => formatterFor(lang), [lang]);
}
