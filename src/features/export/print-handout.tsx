/**
 * The printed handout (A4 portrait, print.css): the map as drawn when printing began, the
 * legend with its patterns, a table of every country and a QR code back to this exact view.
 * Mounted only while printing (print-layer.tsx) and `hidden` on screen all the same.
 */
import { useMemo } from 'react';
import type { Dataset } from '@/datasets/dataset';
import { useAsOf, useShownTypes } from '@/store/hooks';
import { PALETTE } from '@/theme/palette';
import { PaperSwatch } from '@/components/paper-swatch';
import { handoutRows } from './handout-rows';
import { QrCode } from './qr-code';
import { PRINT_MAP_PICTURE } from './print';
import { legendRows } from '@/store/selectors';
import { APP_TITLE, SOURCE_LINE, asOfLine, viewLink } from './view-description';
import './print.css';

interface Props {
  dataset: Dataset;
  mapImage: string | null;
  /** The address to print as a QR code (read when the handout renders). */
  href: string;
  stepTitle?: string;
}

export function PrintHandout({ dataset, mapImage, href, stepTitle }: Props) {
  const asOf = useAsOf();
  const shownTypes = useShownTypes();
  const rows = useMemo(() => handoutRows(dataset, asOf), [dataset, asOf]);
  // The legend keys the whole table, so it lists every type, whatever the map's filter.
  const legend = legendRows(dataset, { asOf, shownTypes: [] });
  const link = viewLink(href);
  return (
    <section className="handout" hidden aria-label="Printable handout">
      <header className="handout-head">
        <h1>{APP_TITLE}</h1>
        <p>
          {stepTitle ? `${stepTitle}${/[.?!]$/.test(stepTitle) ? '' : '.'} ` : ''}
          {asOfLine(dataset, asOf)}.
        </p>
      </header>
      <div className="handout-top">
        {mapImage ? (
          <img
            className="handout-map"
            src={mapImage}
            alt="The map as shown on screen"
            // For the print test: the names' size in the picture's own CSS px (print.ts).
            data-name-px={PRINT_MAP_PICTURE.labelSize}
            data-picture-width={PRINT_MAP_PICTURE.width}
          />
        ) : (
          <p className="handout-map handout-map--none">
            Use “Print handout” in the app to include the map.
          </p>
        )}
        <div className="handout-side">
          <ul className="handout-legend" aria-label="Legend">
            {legend.map(({ type, count }) => (
              <li key={type}>
                <PaperSwatch type={type} className="handout-swatch" />
                {PALETTE[type].label} ({count})
              </li>
            ))}
          </ul>
          <figure className="handout-qr">
            <QrCode value={link} label="QR code linking to this view of the map" />
            <figcaption>Scan to open this view</figcaption>
          </figure>
        </div>
      </div>
      <table className="handout-table">
        <caption>
          Every country in the data. {asOfLine(dataset, asOf)}
          {shownTypes.length > 0 ? ' (the map above shows a filtered view).' : '.'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">Type</th>
            <th scope="col">Main condition</th>
            <th scope="col">In their words</th>
            <th scope="col">Source</th>
            <th scope="col">As of</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.iso3}>
              <th scope="row">{r.name}</th>
              <td>{r.type ? PALETTE[r.type].label : '—'}</td>
              <td>{r.condition}</td>
              <td>
                {r.quote ? (
                  <>
                    “{r.quote.text}” <span className="handout-by">({r.quote.byline})</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>{r.source}</td>
              <td>{r.date}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <footer className="handout-foot">
        <p>{SOURCE_LINE}</p>
        <p className="handout-link">{link}</p>
      </footer>
    </section>
  );
}
