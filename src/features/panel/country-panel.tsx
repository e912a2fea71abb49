/**
 * The side panel: everything the data holds about the chosen country, each claim with its
 * sources. Focus moves to the heading on every choice so keyboard and screen-reader users land
 * on the new content.
 */
import { useEffect, useRef, useState } from 'react';
import { SheetHandle } from './sheet-handle';
import { afterNextPaint } from '@/components/after-paint';
import type { Dataset } from '@/datasets/dataset';
import { positionAt } from '@/datasets/dataset';
import type { Country } from '@/datasets/schemas';
import { useAppActions, useAsOf, useSelectedIso3, useSelectionSerial } from '@/store/hooks';
import { formatDate } from '@/datasets/vocabulary';
import { PositionBlock } from './position-block';
import { QuoteCard } from './quote-card';
import { Cite } from './source-link';
import './panel.css';

interface Props {
  dataset: Dataset;
  /** Name for countries outside the data (from the boundaries), when known. */
  nameOf: (iso3: string) => string | undefined;
}

export function CountryPanel({ dataset, nameOf }: Props) {
  const iso3 = useSelectedIso3();
  const serial = useSelectionSerial();
  const asOf = useAsOf();
  const { selectionCleared } = useAppActions();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [expanded, setExpanded] = useState(false);

  // Focus follows the user's choices; a page opened from a link keeps focus at the page start.
  // A frame late: focusing forces a layout of the new panel (8-22 ms measured per click), which
  // would otherwise hold up the panel's first paint.
  useEffect(() => {
    if (!iso3 || serial === 0) return;
    return afterNextPaint(() => headingRef.current?.focus());
  }, [iso3, serial]);

  // Esc closes the panel through the keyboard layer (src/app/keyboard-layer.ts).

  if (!iso3) return null;
  const country = dataset.byIso3.get(iso3);
  const name = country?.name ?? nameOf(iso3) ?? iso3;

  return (
    <aside className={`panel${expanded ? ' is-expanded' : ''}`} aria-labelledby="panel-title">
      <SheetHandle expanded={expanded} onChange={setExpanded} />
      <div className="panel-head">
        <h2 id="panel-title" ref={headingRef} tabIndex={-1}>
          {name}
        </h2>
        <button
          type="button"
          className="icon-button"
          onClick={selectionCleared}
          aria-label="Close panel"
        >
          ×
        </button>
      </div>
      {country ? (
        <CountryDetails country={country} dataset={dataset} asOf={asOf} />
      ) : (
        <p className="not-in-data">
          {name} is not part of the coalition data: no statement by its government about
          post-ceasefire guarantees for Ukraine was found in our sources.
        </p>
      )}
    </aside>
  );
}

function CountryDetails({
  country,
  dataset,
  asOf,
}: {
  country: Country;
  dataset: Dataset;
  asOf: string | null;
}) {
  const position = positionAt(country, asOf);
  const others = country.positions.filter((p) => p !== position);
  return (
    <div className="panel-body">
      {position ? (
        <PositionBlock position={position} sources={dataset.sources} />
      ) : (
        <p>
          No position recorded for {country.name} on {asOf ? formatDate(asOf) : 'this date'}.
        </p>
      )}
      {others.length > 0 && (
        <section aria-labelledby="panel-history">
          <h3 id="panel-history">Other dated positions</h3>
          <ul className="history">
            {others.map((p) => (
              <li key={p.asOf}>
                <strong>{formatDate(p.asOf)}:</strong> {p.summary}
              </li>
            ))}
          </ul>
        </section>
      )}
      {country.leaders.length > 0 && (
        <section aria-labelledby="panel-leaders">
          <h3 id="panel-leaders">Leaders</h3>
          <ul>
            {country.leaders.map((l) => (
              <li key={`${l.name}-${l.role}`}>
                {l.name}, {l.role}
                {l.from || l.until
                  ? ` (${l.from ? `from ${formatDate(l.from)}` : ''}${l.from && l.until ? ' ' : ''}${l.until ? `until ${formatDate(l.until)}` : ''})`
                  : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="panel-quotes">
        <h3 id="panel-quotes">In their own words</h3>
        {country.quotes.length > 0 ? (
          country.quotes.map((q) => <QuoteCard key={q.id} quote={q} sources={dataset.sources} />)
        ) : (
          <p className="muted">No verbatim quote found in our sources.</p>
        )}
      </section>
      {country.notes && country.notes.length > 0 && (
        <section aria-labelledby="panel-notes">
          <h3 id="panel-notes">Notes</h3>
          <ul>
            {country.notes.map((n) => (
              <li key={n.text}>
                {n.text}
                <Cite ids={n.sources} sources={dataset.sources} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
