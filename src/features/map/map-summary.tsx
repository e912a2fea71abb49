/**
 * What a screen reader hears about the map region: the headline and the count per type, and,
 * as keyboard focus travels, the focused country's name and type. A date before the first
 * recorded position says so on the map, rather than leaving a blank map to be misread.
 */
import type { Dataset } from '@/datasets/dataset';
import { countByType, snapshotDates, typeAt } from '@/datasets/dataset';
import { COMMITMENT_TYPE_IDS } from '@/datasets/schemas';
import { useFormat, useT } from '@/i18n';
import { useAsOf } from '@/store/hooks';
import { typeLabelId } from '@/theme/palette';

export const MAP_SUMMARY_ID = 'map-summary';

export function MapSummary({
  dataset,
  focused,
}: {
  dataset: Dataset | undefined;
  focused: string | null;
}) {
  const asOf = useAsOf();
  const t = useT();
  const f = useFormat();
  if (!dataset) return null;
  const counts = countByType(dataset.countries, asOf);
  const s = dataset.coalition.summit;
  const parts = COMMITMENT_TYPE_IDS.filter((type) => counts[type] > 0).map((type) =>
    t('map.typeCount', { type: t(typeLabelId(type)), count: counts[type] }),
  );
  const first = snapshotDates(dataset.countries)[0];
  const before = asOf !== null && first !== undefined && asOf < first;
  const country = focused ? dataset.byIso3.get(focused) : undefined;
  const type = country ? typeAt(country, asOf) : undefined;
  return (
    <>
      <p id={MAP_SUMMARY_ID} className="visually-hidden">
        {t('map.summary', {
          count: s.committedCount,
          types: parts.join(t('map.typeCountSeparator')),
        })}
      </p>
      {before && (
        <p className="map-note" role="status">
          {t('map.noPositionsBefore', { date: f.date(first) })}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {country
          ? t('map.focusedCountry', {
              name: f.countryName(country.iso3, country.name),
              type: t(type ? typeLabelId(type) : 'map.noPositionRecorded'),
            })
          : ''}
      </p>
    </>
  );
}
