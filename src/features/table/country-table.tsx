/**
 * Every country as a sortable table, following the legend filter and the list's search. A real
 * <table>: column headers, sort state in aria-sort, a caption that says what is shown.
 */
import { useState } from 'react';
import type { Dataset } from '@/datasets/dataset';
import {
  useAppActions,
  useAsOf,
  useSearch,
  useShownTypes,
  usePatternsShown,
  useConcealed,
} from '@/store/hooks';
import { typeLabelId } from '@/theme/palette';
import { useFormat, useT, type MessageId } from '@/i18n';
import { RecordText } from '@/components/record-text';
import { downloadCsv, rowsToCsv } from './csv';
import { sortRows, tableRows, type Sort, type SortKey } from './table-rows';
import { Swatch } from '@/components/swatch';
import './table.css';

const COLUMNS: { key: SortKey | null; label: MessageId }[] = [
  { key: 'name', label: 'views.table.country' },
  { key: 'type', label: 'views.table.type' },
  { key: 'confidence', label: 'views.table.confidence' },
  { key: null, label: 'views.table.mainCondition' },
  { key: 'asOf', label: 'views.table.asOf' },
  { key: null, label: 'views.table.sources' },
];

export function CountryTable({ dataset }: { dataset: Dataset }) {
  const patterns = usePatternsShown();
  const concealed = useConcealed();
  const asOf = useAsOf();
  const shownTypes = useShownTypes();
  const search = useSearch();
  const { countryChosen } = useAppActions();
  const t = useT();
  const f = useFormat();
  const [sort, setSort] = useState<Sort>({ key: 'name', dir: 'ascending' });
  const rows = sortRows(
    tableRows(dataset, { asOf, shownTypes, search, nameOf: f.countryName }),
    sort,
    f.compare,
  );
  const toggle = (key: SortKey) =>
    setSort((s) => ({
      key,
      dir: s.key === key && s.dir === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <section className="country-table" aria-labelledby="table-title">
      <div className="table-head">
        <h2 id="table-title">{t('views.table.title')}</h2>
        <button
          type="button"
          onClick={() =>
            downloadCsv(
              rowsToCsv(rows, t),
              t('views.csv.fileName', { date: asOf ?? t('views.csv.latest') }),
            )
          }
        >
          {t('views.table.download')}
        </button>
      </div>
      <table>
        <caption>
          {t('views.table.caption', {
            shown: rows.length,
            total: dataset.countries.length,
            date: asOf ? f.date(asOf) : t('views.table.latest'),
            key: sort.key,
            dir: sort.dir,
          })}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.label}
                scope="col"
                aria-sort={c.key && sort.key === c.key ? sort.dir : undefined}
              >
                {c.key ? (
                  <button type="button" className="sort-button" onClick={() => toggle(c.key!)}>
                    {t(c.label)}
                    <span aria-hidden="true">
                      {sort.key === c.key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                  </button>
                ) : (
                  t(c.label)
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.iso3}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => countryChosen(r.iso3)}>
                  {r.name}
                </button>
              </th>
              <td>
                {r.type && (
                  <span className={`type-cell${concealed ? ' concealed' : ''}`}>
                    <Swatch type={r.type} patterns={patterns} />
                    {t(typeLabelId(r.type))}
                  </span>
                )}
              </td>
              <td>{r.confidence && t('views.confidenceLevel', { level: r.confidence })}</td>
              <td>{r.condition && <RecordText of={r.condition} field="text" />}</td>
              <td>{r.asOf && <time dateTime={r.asOf}>{f.shortDate(r.asOf)}</time>}</td>
              <td>
                {r.sources.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 && '; '}
                    <a href={s.url} target="_blank" rel="noopener noreferrer">
                      {s.publisher}
                    </a>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
