/**
 * Every country in the data, grouped by type, following the legend filter and a search box
 * (names and ISO codes, accent-insensitive). Choosing one selects it on the map and opens its
 * panel: the keyboard and screen-reader path to every country.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Dataset } from '@/datasets/dataset';
import { matchesSearch, typeAt } from '@/datasets/dataset';
import { COMMITMENT_TYPE_IDS } from '@/datasets/schemas';
import {
  useAppActions,
  useAsOf,
  useSearch,
  useSelectedIso3,
  useShownTypes,
  usePatternsShown,
  useConcealed,
} from '@/store/hooks';
import { visibleCountries } from '@/store/selectors';
import { typeLabelId } from '@/theme/palette';
import { useFormat, useT } from '@/i18n';
import { Swatch } from '@/components/swatch';
import './filters.css';

export function CountryList({ dataset }: { dataset: Dataset }) {
  const patterns = usePatternsShown();
  const concealed = useConcealed();
  const search = useSearch();
  const shown = useShownTypes();
  const asOf = useAsOf();
  const selected = useSelectedIso3();
  const { searchChanged, countryChosen } = useAppActions();
  const searchId = useId();
  const [active, setActive] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const t = useT();
  const f = useFormat();

  // Names in the reader's language, sorted in its alphabet; the search finds a country by
  // that name, its English name (the record's) or its ISO code.
  const visible = visibleCountries(dataset, { asOf, shownTypes: shown })
    .map((c) => ({ iso3: c.iso3, name: f.countryName(c.iso3, c.name), country: c }))
    .filter((c) => matchesSearch(c, search) || matchesSearch(c.country, search))
    .sort((a, b) => f.compare(a.name, b.name));
  const groups = COMMITMENT_TYPE_IDS.map((type) => ({
    type,
    countries: visible.filter((c) => typeAt(c.country, asOf) === type),
  })).filter((g) => g.countries.length > 0);
  // Roving tabindex: the list is one Tab stop; arrows, Home and End move within it.
  const order = groups.flatMap((g) => g.countries.map((c) => c.iso3));
  const current = [active, selected].find((i) => i && order.includes(i)) ?? order[0] ?? null;
  const move = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = current ? order.indexOf(current) : -1;
    const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: order.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const iso3 = order[Math.max(0, Math.min(order.length - 1, next))];
    if (!iso3) return;
    setActive(iso3);
    listRef.current?.querySelector<HTMLButtonElement>(`[data-iso3="${iso3}"]`)?.focus();
  };

  return (
    <nav className="country-list" aria-labelledby="list-title" id="country-list" tabIndex={-1}>
      <h2 id="list-title">{t('map.countries')}</h2>
      <label htmlFor={searchId} className="search-label">
        {t('map.searchLabel')}
      </label>
      <input
        id={searchId}
        type="search"
        value={search}
        onChange={(e) => searchChanged(e.target.value)}
        placeholder={t('map.searchPlaceholder')}
        autoComplete="off"
      />
      <p className="hint" role="status" aria-live="polite">
        {t('map.listCount', { shown: visible.length, total: dataset.countries.length })}
      </p>
      {/* Arrow keys are handled for the buttons inside; the div itself is not a control. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div ref={listRef} onKeyDown={move}>
        {groups.map((g) => (
          <section key={g.type} aria-labelledby={`group-${g.type}`}>
            <h3 id={`group-${g.type}`} className={`group-title${concealed ? ' concealed' : ''}`}>
              <Swatch type={g.type} patterns={patterns} />
              {t(typeLabelId(g.type))}
            </h3>
            <ul>
              {g.countries.map((c) => (
                <li key={c.iso3}>
                  <button
                    type="button"
                    data-iso3={c.iso3}
                    tabIndex={c.iso3 === current ? 0 : -1}
                    onFocus={() => setActive(c.iso3)}
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
      </div>
    </nav>
  );
}
