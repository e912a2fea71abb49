/**
 * Every country in the data, grouped by type, following the legend filter and a search box
 * (names and ISO codes, accent-insensitive). Choosing one selects it on the map and opens its
 * panel: the keyboard and screen-reader path to every country.
 */
import { useId } from 'react';
import type { Dataset } from '@/datasets/dataset';
import { isTypeShown, matchesSearch, typeAt } from '@/datasets/dataset';
import { COMMITMENT_TYPE_IDS } from '@/datasets/schemas';
import { useAppActions, useAsOf, useSearch, useSelectedIso3, useShownTypes } from '@/store/hooks';
import { PALETTE } from '@/theme/palette';

export function CountryList({ dataset }: { dataset: Dataset }) {
  const search = useSearch();
  const shown = useShownTypes();
  const asOf = useAsOf();
  const selected = useSelectedIso3();
  const { searchChanged, countryChosen } = useAppActions();
  const searchId = useId();

  const visible = dataset.countries.filter(
    (c) => isTypeShown(typeAt(c, asOf), shown) && matchesSearch(c, search),
  );
  const groups = COMMITMENT_TYPE_IDS.map((t) => ({
    type: t,
    countries: visible.filter((c) => typeAt(c, asOf) === t),
  })).filter((g) => g.countries.length > 0);

  return (
    <nav className="country-list" aria-labelledby="list-title" id="country-list">
      <h2 id="list-title">Countries</h2>
      <label htmlFor={searchId} className="search-label">
        Search by name or ISO code
      </label>
      <input
        id={searchId}
        type="search"
        value={search}
        onChange={(e) => searchChanged(e.target.value)}
        placeholder="e.g. France or FRA"
        autoComplete="off"
      />
      <p className="hint" role="status" aria-live="polite">
        {visible.length} of {dataset.countries.length} countries
      </p>
      {groups.map((g) => (
        <section key={g.type} aria-labelledby={`group-${g.type}`}>
          <h3 id={`group-${g.type}`} className="group-title">
            <span
              className="swatch"
              style={{ background: PALETTE[g.type].color }}
              aria-hidden="true"
            />
            {PALETTE[g.type].label}
          </h3>
          <ul>
            {g.countries.map((c) => (
              <li key={c.iso3}>
                <button
                  type="button"
                  className="country-button"
                  aria-current={c.iso3 === selected ? 'true' : undefined}
                  onClick={() => countryChosen(c.iso3)}
                >
                  {c.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
