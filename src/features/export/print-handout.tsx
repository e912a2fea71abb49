/**
 * The printed handout (A4 portrait, print.css): the map as drawn when printing began, the
 * legend with its patterns, a table of every country and a QR code back to this exact view
 * (in the reader's language: the link carries it). Mounted only while printing
 * (print-layer.tsx) and `hidden` on screen all the same.
 */
import { useMemo } from 'react';
import type { Dataset } from '@/datasets/dataset';
import { useAsOf, useShareLang, useShownTypes } from '@/store/hooks';
import { typeLabelId } from '@/theme/palette';
import { useFormat, useT } from '@/i18n';
import { PaperSwatch } from '@/components/paper-swatch';
import { RecordText } from '@/components/record-text';
import { handoutRows } from './handout-rows';
import { QrCode } from './qr-code';
import { PRINT_MAP_PICTURE } from './print';
import { legendRows } from '@/store/selectors';
import { asOfLine, viewLink } from './view-description';
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
  const shareLang = useShareLang();
  const t = useT();
  const f = useFormat();
  const rows = useMemo(() => handoutRows(dataset, asOf, f), [dataset, asOf, f]);
  // The legend keys the whole table, so it lists every type, whatever the map's filter.
  const legend = legendRows(dataset, { asOf, shownTypes: [] });
  const link = viewLink(href, shareLang);
  const asOfText = asOfLine(dataset, asOf, t, f);
  return (
    <section className="handout" hidden aria-label={t('views.handout.label')}>
      <header className="handout-head">
        <h1>{t('views.export.title')}</h1>
        <p>
          {stepTitle ? `${stepTitle}${/[.?!]$/.test(stepTitle) ? '' : '.'} ` : ''}
          {asOfText}.
        </p>
      </header>
      <div className="handout-top">
        {mapImage ? (
          <img
            className="handout-map"
            src={mapImage}
            alt={t('views.handout.mapAlt')}
            // For the print test: the names' size in the picture's own CSS px (print.ts).
            data-name-px={PRINT_MAP_PICTURE.labelSize}
            data-picture-width={PRINT_MAP_PICTURE.width}
          />
        ) : (
          <p className="handout-map handout-map--none">{t('views.handout.noMap')}</p>
        )}
        <div className="handout-side">
          <ul className="handout-legend" aria-label={t('views.handout.legend')}>
            {legend.map(({ type, count }) => (
              <li key={type}>
                <PaperSwatch type={type} className="handout-swatch" />
                {t('views.handout.legendEntry', { type: t(typeLabelId(type)), count })}
              </li>
            ))}
          </ul>
          <figure className="handout-qr">
            <QrCode value={link} label={t('views.handout.qr')} />
            <figcaption>{t('views.handout.scan')}</figcaption>
          </figure>
        </div>
      </div>
      <table className="handout-table">
        <caption>
          {t(shownTypes.length > 0 ? 'views.handout.captionFiltered' : 'views.handout.caption', {
            asOf: asOfText,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('views.handout.country')}</th>
            <th scope="col">{t('views.handout.type')}</th>
            <th scope="col">{t('views.handout.mainCondition')}</th>
            <th scope="col">{t('views.handout.words')}</th>
            <th scope="col">{t('views.handout.source')}</th>
            <th scope="col">{t('views.handout.asOf')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.iso3}>
              <th scope="row">{r.name}</th>
              <td>{r.type ? t(typeLabelId(r.type)) : '—'}</td>
              <td>
                {r.condition ? (
                  <RecordText of={r.condition} field="text" />
                ) : (
                  r.hasPosition && t('views.handout.noneStated')
                )}
              </td>
              <td>
                {r.quote ? (
                  <>
                    {t('views.handout.quote', { text: r.quote.text })}{' '}
                    <span className="handout-by">
                      {t('views.handout.byline', { speaker: r.quote.speaker, date: r.quote.date })}
                    </span>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>{r.source}</td>
              <td>{r.hasPosition ? r.date : t('views.handout.noPosition')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <footer className="handout-foot">
        <p>{t('views.export.source')}</p>
        <p className="handout-link">{link}</p>
      </footer>
    </section>
  );
}
