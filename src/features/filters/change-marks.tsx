/**
 * After a move between dates: which countries' types differ between the date the reader came
 * from and the one shown (the map outlines the same countries). Each row opens that country's
 * panel. A `?compare=` link shows the same list, so a teacher can link to a comparison.
 */
import { useMemo } from 'react';
import type { Dataset } from '@/datasets/dataset';
import { compareAsOf } from '@/datasets/changes';
import { formatShortDate } from '@/datasets/vocabulary';
import { changeMarks, comparedDate } from '@/store/selectors';
import { useAppActions, useAsOf, useCompareWith } from '@/store/hooks';
import { HIGHLIGHT_COLOR, typeLabel } from '@/theme/palette';
import './filters.css';

export function ChangeMarks({ dataset }: { dataset: Dataset }) {
  const asOf = useAsOf();
  const compareWith = useCompareWith();
  const { countryChosen, comparisonDismissed } = useAppActions();
  const changes = useMemo(
    () => changeMarks(dataset, { asOf, compareWith }),
    [dataset, asOf, compareWith],
  );
  const other = comparedDate({ compareWith });
  if (other === undefined) return null;

  const day = (d: string | null) =>
    d === null
      ? `the latest known (${formatShortDate(dataset.coalition.reviewedUpTo)})`
      : formatShortDate(d);
  // Rows read in time order: "since" an earlier date, or "up to" a later one.
  const forward = compareAsOf(other, asOf) < 0;
  const heading = forward
    ? `Changed since ${day(other)}`
    : `Changed from ${day(asOf)} to ${day(other)}`;
  return (
    <section
      className="change-marks"
      aria-labelledby="change-marks-title"
      // The map's outline colour, so the list and the outlines read as one mark.
      style={{ borderColor: HIGHLIGHT_COLOR }}
    >
      <div className="change-marks-head">
        <h2 id="change-marks-title">{heading}</h2>
        <button type="button" className="link-button" onClick={comparisonDismissed}>
          Hide
        </button>
      </div>
      {changes.length === 0 ? (
        <p>No country changed type.</p>
      ) : (
        <>
          <p className="change-marks-note">Outlined on the map.</p>
          <ul>
            {changes.map((c) => (
              <li key={c.iso3}>
                <button type="button" onClick={() => countryChosen(c.iso3)}>
                  <strong>{c.name}</strong>: {typeLabel(c.from)} → {typeLabel(c.to)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
