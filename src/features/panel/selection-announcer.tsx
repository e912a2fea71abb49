/**
 * Says each choice politely to screen readers: name, type and first stated condition. Kept
 * mounted, so the live region exists before its text changes (as assistive tech requires).
 */
import type { Dataset } from '@/datasets/dataset';
import { positionAt } from '@/datasets/dataset';
import { useAsOf, useSelectedIso3, useSelectionSerial } from '@/store/hooks';
import { PALETTE } from '@/theme/palette';

export function selectionMessage(
  dataset: Dataset,
  iso3: string | null,
  asOf: string | null,
  nameOf: (iso3: string) => string | undefined,
): string {
  if (!iso3) return '';
  const country = dataset.byIso3.get(iso3);
  if (!country) return `${nameOf(iso3) ?? iso3}: not part of the coalition data.`;
  const p = positionAt(country, asOf);
  if (!p) return `${country.name}: no position recorded on this date.`;
  const first = p.conditions[0]?.text;
  return `${country.name}: ${PALETTE[p.type].label}.${first ? ` First condition: ${first}` : ' No conditions stated.'}`;
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
  return (
    <p
      className="visually-hidden"
      role="status"
      aria-live="polite"
      data-testid="selection-announcer"
    >
      {serial > 0 ? selectionMessage(dataset, iso3, asOf, nameOf) : ''}
    </p>
  );
}
