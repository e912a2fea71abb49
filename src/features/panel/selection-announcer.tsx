/**
 * Says each choice politely to screen readers: name, type and first stated condition. Kept
 * mounted, so the live region exists before its text changes (as assistive tech requires).
 */
import type { Dataset } from '@/datasets/dataset';
import { positionAt } from '@/datasets/dataset';
import { useFormat, useT, type Formatter, type Translate } from '@/i18n';
import { useAsOf, useSelectedIso3, useSelectionSerial } from '@/store/hooks';
import { typeLabelId } from '@/theme/palette';

export function selectionMessage(
  dataset: Dataset,
  iso3: string | null,
  asOf: string | null,
  nameOf: (iso3: string) => string | undefined,
  t: Translate,
  f: Formatter,
): string {
  if (!iso3) return '';
  const country = dataset.byIso3.get(iso3);
  const name = f.countryName(iso3, country?.name ?? nameOf(iso3) ?? iso3);
  if (!country) return t('record.announceNotInData', { name });
  const p = positionAt(country, asOf);
  if (!p) return t('record.announceNoPosition', { name });
  const first = p.conditions[0]?.text;
  return `${t('record.announceType', { name, type: t(typeLabelId(p.type)) })} ${
    first
      ? t('record.announceFirstCondition', { condition: first })
      : t('record.announceNoConditions')
  }`;
}

export function SelectionAnnouncer({
  dataset,
  nameOf,
}: {
  dataset: Dataset;
  nameOf: (iso3: string) => string | undefined;
}) {
  const iso3 = useSelectedIso3();
  const serial = useSelectionSerial();
  const asOf = useAsOf();
  const t = useT();
  const f = useFormat();
  return (
    <p
      className="visually-hidden"
      role="status"
      aria-live="polite"
      data-testid="selection-announcer"
    >
      {serial > 0 ? selectionMessage(dataset, iso3, asOf, nameOf, t, f) : ''}
    </p>
  );
}
