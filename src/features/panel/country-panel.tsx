/**
 * The side panel: everything the data holds about the chosen country, each claim with its
 * sources. Focus moves to the heading on every choice so keyboard and screen-reader users land
 * on the new content.
 */
import { useEffect, useRef, useState } from 'react';
import { SheetHandle } from './sheet-handle';
import { afterNextPaint } from '@/components/after-paint';
import { RecordEnglishContext, RecordText } from '@/components/record-text';
import type { Dataset } from '@/datasets/dataset';
import { positionAt } from '@/datasets/dataset';
import type { Country, Leader } from '@/datasets/schemas';
import { useFormat, useLangInUse, useT } from '@/i18n';
import { useAppActions, useAsOf, useSelectedIso3, useSelectionSerial } from '@/store/hooks';
import { PositionBlock } from './position-block';
import { QuoteCard } from './quote-card';
import { Cite } from './source-link';
import { present } from './present';
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
  const t = useT();
  const f = useFormat();
  const lang = useLangInUse();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [expanded, setExpanded] = useState(false);
  // The record's English (the reference text) in place of its translation, on request.
  const [english, setEnglish] = useState(false);

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
  const name = f.countryName(iso3, country?.name ?? nameOf(iso3) ?? iso3);
  const showEnglish = lang !== 'en' && english;

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
          aria-label={t('record.closePanel')}
        >
          ×
        </button>
      </div>
      {lang !== 'en' && country && (
        <p className="panel-english">
          <button type="button" className="link-button" onClick={() => setEnglish(!english)}>
            {t(showEnglish ? 'record.showTranslation' : 'record.showEnglish')}
          </button>
        </p>
      )}
      {country ? (
        <RecordEnglishContext.Provider value={showEnglish}>
          <CountryDetails country={country} name={name} dataset={dataset} asOf={asOf} />
        </RecordEnglishContext.Provider>
      ) : (
        <p className="not-in-data">{t('record.notInData', { name })}</p>
      )}
    </aside>
  );
}

function CountryDetails({
  country,
  name,
  dataset,
  asOf,
}: {
  country: Country;
  name: string;
  dataset: Dataset;
  asOf: string | null;
}) {
  const t = useT();
  const f = useFormat();
  const position = positionAt(country, asOf);
  const others = country.positions.filter((p) => p !== position);
  return (
    <div className="panel-body">
      {position ? (
        <PositionBlock position={position} sources={dataset.sources} />
      ) : (
        <p>
          {asOf
            ? t('record.noPositionOn', { name, date: f.date(asOf) })
            : t('record.noPositionYet', { name })}
          {present(country, 'noSummitPosition') && (
            <>
              {' '}
              <RecordText of={country} field="noSummitPosition" />
            </>
          )}
        </p>
      )}
      {others.length > 0 && (
        <section aria-labelledby="panel-history">
          <h3 id="panel-history">{t('record.otherPositions')}</h3>
          <ul className="history">
            {others.map((p) => (
              <li key={p.asOf}>
                <strong>{t('record.dateColon', { date: f.date(p.asOf) })}</strong>{' '}
                <RecordText of={p} field="summary" />
              </li>
            ))}
          </ul>
        </section>
      )}
      {country.leaders.length > 0 && (
        <section aria-labelledby="panel-leaders">
          <h3 id="panel-leaders">{t('record.leaders')}</h3>
          <ul>
            {country.leaders.map((l) => (
              <li key={`${l.name}-${l.role}`}>
                {l.name}, <RecordText of={l} field="role" />
                <LeaderDates leader={l} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="panel-quotes">
        <h3 id="panel-quotes">{t('record.quotes')}</h3>
        {country.quotes.length > 0 ? (
          country.quotes.map((q) => <QuoteCard key={q.id} quote={q} sources={dataset.sources} />)
        ) : (
          <p className="muted">{t('record.noQuotes')}</p>
        )}
      </section>
      {country.notes && country.notes.length > 0 && (
        <section aria-labelledby="panel-notes">
          <h3 id="panel-notes">{t('record.notes')}</h3>
          <ul>
            {country.notes.map((n) => (
              <li key={n.text}>
                <RecordText of={n} field="text" />
                <Cite ids={n.sources} sources={dataset.sources} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** " (from 4 September 2025 until …)", in the reader's language; nothing when undated. */
function LeaderDates({ leader: l }: { leader: Leader }) {
  const t = useT();
  const f = useFormat();
  const words =
    l.from && l.until
      ? t('record.leaderFromUntil', { from: f.date(l.from), until: f.date(l.until) })
      : l.from
        ? t('record.leaderFrom', { date: f.date(l.from) })
        : l.until
          ? t('record.leaderUntil', { date: f.date(l.until) })
          : null;
  return words ? ` ${words}` : null;
}
