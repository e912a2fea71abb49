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
import { PALETTE } from '@/theme/palette';
import { downloadCsv, rowsToCsv } from './csv';
import { sortRows, tableRows, type Sort, type SortKey } from './table-rows';
import { Swatch } from '@/components/swatch';
import { formatShortDate } from '@/datasets/vocabulary';
import './table.css';

const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'name', label: 'Country' },
  { key: 'type', label: 'Type' },
  { key: 'confidence', label: 'Confidence' },
  { key: null, label: 'Main condition' },
  { key: 'asOf', label: 'As of' },
  { key: null, label: 'Sources' },
];

export function CountryTable({ dataset }: { dataset: Dataset }) {
  const patterns = usePatternsShown();
  const concealed = useConcealed();
  const asOf = useAsOf();
  const shownTypes = useShownTypes();
  const search = useSearch();
  const { countryChosen } = useAppActions();
  const [sort, setSort] = useState<Sort>({ key: 'name', dir: 'ascending' });
  const rows = sortRows(tableRows(dataset, { asOf, shownTypes, search }), sort);
  const toggle = (key: SortKey) =>
    setSort((s) => ({
      key,
      dir: s.key === key && s.dir === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <section className="country-table" aria-labelledby="table-title">
      <div className="table-head">
        <h2 id="table-title">All countries as a table</h2>
        <button
          type="button"
          onClick={() => downloadCsv(rowsToCsv(rows), `coalition-map-${asOf ?? 'latest'}.csv`)}
        >
          Download CSV
        </button>
      </div>
      <table>
        <caption>
          {rows.length} of {dataset.countries.length} countries, positions as of{' '}
          {asOf ?? 'the latest known date'}, sorted by{' '}
          {COLUMNS.find((c) => c.key === sort.key)?.label.toLowerCase()} ({sort.dir})
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
                    {c.label}
                    <span aria-hidden="true">
                      {sort.key === c.key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                  </button>
                ) : (
                  c.label
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
                    {PALETTE[r.type].label}
                  </span>
                )}
              </td>
              <td>{r.confidence}</td>
              <td>{r.mainCondition}</td>
              <td>{r.asOf && <time dateTime={r.asOf}>{formatShortDate(r.asOf)}</time>}</td>
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
