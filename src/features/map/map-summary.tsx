/**
 * What a screen reader hears about the map region: the headline and the count per type, and,
 * as keyboard focus travels, the focused country's name and type. A date before the first
 * recorded position says so on the map, rather than leaving a blank map to be misread.
 */
import type { Dataset } from '@/datasets/dataset';
import { countByType, snapshotDates, typeAt } from '@/datasets/dataset';
import { formatDate } from '@/datasets/vocabulary';
import { COMMITMENT_TYPE_IDS } from '@/datasets/schemas';
import { useAsOf } from '@/store/hooks';
import { PALETTE } from '@/theme/palette';

export const MAP_SUMMARY_ID = 'map-summary';

export function MapSummary({
  dataset,
  focused,
}: {
  dataset: Dataset | undefined;
  focused: string | null;
}) {
  const asOf = useAsOf();
  if (!dataset) return null;
  const counts = countByType(dataset.countries, asOf);
  const s = dataset.coalition.summit;
  const parts = COMMITMENT_TYPE_IDS.filter((t) => counts[t] > 0).map(
    (t) => `${PALETTE[t].label}: ${counts[t]}`,
  );
  const first = snapshotDates(dataset.countries)[0];
  const before = asOf !== null && first !== undefined && asOf < first;
  const country = focused ? dataset.byIso3.get(focused) : undefined;
  const type = country ? typeAt(country, asOf) : undefined;
  return (
    <>
      <p id={MAP_SUMMARY_ID} className="visually-hidden">
        {s.committedCount} countries formally committed to a reassurance force; the list was never
        published. Countries on the map by type: {parts.join('; ')}. Arrow keys move between
        countries, Enter opens one, Shift and arrows pan, plus and minus zoom.
      </p>
      {before && (
        <p className="map-note" role="status">
          No positions recorded before {formatDate(first)}: choose a later date.
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {country ? `${country.name}: ${type ? PALETTE[type].label : 'no position recorded'}` : ''}
      </p>
    </>
  );
}
