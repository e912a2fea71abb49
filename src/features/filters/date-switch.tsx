/**
 * Show positions as they stood on a given date: each option is a day (or the days of one event)
 * on which some position changed, named by its event, or the latest known. The dates and events
 * come from the data, never typed in here.
 */
import { useMemo } from 'react';
import type { Dataset } from '@/datasets/dataset';
import { dateOptions, optionOf, type DateOption } from '@/datasets/date-options';
import { formatShortDate, formatShortSpan } from '@/datasets/vocabulary';
import { typeLookup } from '@/store/selectors';
import { useAppActions, useAsOf } from '@/store/hooks';
import './filters.css';

/** "6–7 Jan 2026 — Paris Declaration" */
export const optionLabel = (o: DateOption) =>
  `${formatShortSpan(o.first, o.last)}${o.event ? ` — ${o.event}` : ''}`;

export function DateSwitch({ dataset }: { dataset: Dataset }) {
  const asOf = useAsOf();
  const { dateChosen } = useAppActions();
  const { coalition, countries } = dataset;
  const options = useMemo(
    () => dateOptions(countries, coalition.timeline, coalition.summit.date),
    [countries, coalition],
  );
  const value = asOf ?? 'latest';
  // A linked day that is not an option's own value still shows what it is.
  const own = asOf && !options.some((o) => o.value === asOf) ? asOf : null;
  const within = own ? optionOf(options, own) : undefined;
  return (
    <label className="date-switch">
      <span>Positions as of</span>
      <select
        value={value}
        onChange={(e) =>
          dateChosen(e.target.value === 'latest' ? null : e.target.value, typeLookup(dataset))
        }
      >
        <option value="latest">Latest known (to {formatShortDate(coalition.reviewedUpTo)})</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {optionLabel(o)}
          </option>
        ))}
        {own && (
          <option value={own}>
            {formatShortDate(own)}
            {within?.event ? ` (during ${within.event})` : ''}
          </option>
        )}
      </select>
    </label>
  );
}
