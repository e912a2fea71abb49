/**
 * After a move between dates: which countries' types differ between the date the reader came
 * from and the one shown (the map outlines the same countries). Each row opens that country's
 * panel. A `?compare=` link shows the same list, so a teacher can link to a comparison.
 */
import { useMemo } from 'react';
import type { Dataset } from '@/datasets/dataset';
import { compareAsOf } from '@/datasets/changes';
import { FormattedMessage, useFormat, useT } from '@/i18n';
import { changeMarks, comparedDate } from '@/store/selectors';
import { useAppActions, useAsOf, useCompareWith } from '@/store/hooks';
import { HIGHLIGHT_COLOR, typeLabelId } from '@/theme/palette';
import './filters.css';

export function ChangeMarks({ dataset }: { dataset: Dataset }) {
  const asOf = useAsOf();
  const compareWith = useCompareWith();
  const { countryChosen, comparisonDismissed } = useAppActions();
  const t = useT();
  const f = useFormat();
  const changes = useMemo(
    () => changeMarks(dataset, { asOf, compareWith }),
    [dataset, asOf, compareWith],
  );
  const other = comparedDate({ compareWith });
  if (other === undefined) return null;

  const day = (d: string | null) =>
    d === null
      ? t('map.latestKnown', { date: f.shortDate(dataset.coalition.reviewedUpTo) })
      : f.shortDate(d);
  // Rows read in time order: "since" an earlier date, or "up to" a later one.
  const forward = compareAsOf(other, asOf) < 0;
  const heading = forward
    ? t('map.changedSince', { date: day(other) })
    : t('map.changedFromTo', { from: day(asOf), to: day(other) });
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
          {t('map.changesHide')}
        </button>
      </div>
      {changes.length === 0 ? (
        <p>{t('map.noChanges')}</p>
      ) : (
        <>
          <p className="change-marks-note">{t('map.changesOutlined')}</p>
          <ul>
            {changes.map((c) => (
              <li key={c.iso3}>
                <button type="button" onClick={() => countryChosen(c.iso3)}>
                  <FormattedMessage
                    id="map.changeRow"
                    values={{
                      name: f.countryName(c.iso3, c.name),
                      from: t(c.from ? typeLabelId(c.from) : 'map.legendNone'),
                      to: t(c.to ? typeLabelId(c.to) : 'map.legendNone'),
                      strong: (chunks) => <strong>{chunks}</strong>,
                    }}
                  />
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
