/**
 * Show positions as they stood on a given date: the Paris summit, each later change, or the
 * latest known. The dates come from the data, never typed in here.
 */
import type { Dataset } from '@/datasets/dataset';
import { snapshotDates } from '@/datasets/dataset';
import { formatShortDate } from '@/datasets/vocabulary';
import { typeLookup } from '@/store/selectors';
import { useAppActions, useAsOf } from '@/store/hooks';
import './filters.css';

const label = (d: string, summit: string) =>
  d === summit ? `${formatShortDate(d)} (Paris summit)` : formatShortDate(d);

export function DateSwitch({ dataset }: { dataset: Dataset }) {
  const asOf = useAsOf();
  const { dateChosen } = useAppActions();
  const summit = dataset.coalition.summit.date;
  const dates = snapshotDates(dataset.countries).filter((d) => d >= summit);
  const value = asOf ?? 'latest';
  return (
    <label className="date-switch">
      <span>Positions as of</span>
      <select
        value={value}
        onChange={(e) =>
          dateChosen(e.target.value === 'latest' ? null : e.target.value, typeLookup(dataset))
        }
      >
        <option value="latest">
          Latest known (to {formatShortDate(dataset.coalition.reviewedUpTo)})
        </option>
        {dates.map((d) => (
          <option key={d} value={d}>
            {label(d, summit)}
          </option>
        ))}
        {asOf && !dates.includes(asOf) && <option value={asOf}>{formatShortDate(asOf)}</option>}
      </select>
    </label>
  );
}
