/**
 * Show positions as they stood on a given date: each option is a day (or the days of one event)
 * on which some position changed, named by its event, or the latest known. The dates and events
 * come from the data, never typed in here.
 */
import { useMemo } from 'react';
import type { Dataset } from '@/datasets/dataset';
import { dateOptions, optionOf, type DateOption } from '@/datasets/date-options';
import { useFormat, useT, type Formatter } from '@/i18n';
import { typeLookup } from '@/store/selectors';
import { useAppActions, useAsOf } from '@/store/hooks';
import './filters.css';

/**
 * An option shows its days; its event is the option's group label in the open list and a line
 * under the closed one (a select cannot wrap, and "4–6 Sept 2025 — Paris summit: …" would be cut).
 */
const optionTag = (o: DateOption, f: Formatter) => (
  <option key={o.value} value={o.value}>
    {f.span(o.first, o.last)}
  </option>
);

export function DateSwitch({ dataset }: { dataset: Dataset }) {
  const asOf = useAsOf();
  const { dateChosen } = useAppActions();
  const t = useT();
  const f = useFormat();
  const { coalition, countries } = dataset;
  const options = useMemo(
    () => dateOptions(countries, coalition.timeline, coalition.summit.date),
    [countries, coalition],
  );
  const value = asOf ?? 'latest';
  // A linked day that is not an option's own value still shows what it is.
  const own = asOf && !options.some((o) => o.value === asOf) ? asOf : null;
  const within = own ? optionOf(options, own) : undefined;
  const event = (asOf && options.find((o) => o.value === asOf)?.event) ?? within?.event;
  return (
    <div className="date-switch">
      <label>
        <span>{t('map.positionsAsOf')}</span>
        <select
          value={value}
          aria-describedby={event ? 'date-event' : undefined}
          onChange={(e) =>
            dateChosen(e.target.value === 'latest' ? null : e.target.value, typeLookup(dataset))
          }
        >
          <option value="latest">
            {t('map.latestKnownOption', { date: f.shortDate(coalition.reviewedUpTo) })}
          </option>
          {options.map((o) =>
            o.event ? (
              <optgroup key={o.value} label={o.event}>
                {optionTag(o, f)}
              </optgroup>
            ) : (
              optionTag(o, f)
            ),
          )}
          {own && <option value={own}>{f.shortDate(own)}</option>}
        </select>
      </label>
      {event && (
        <span id="date-event" className="date-event">
          {event}
        </span>
      )}
    </div>
  );
}
