import type { Position, Source } from '@/datasets/schemas';
import { typeLabelId } from '@/theme/palette';
import { confidenceLabelId } from '@/datasets/vocabulary';
import { RecordText } from '@/components/record-text';
import { useFormat, useT } from '@/i18n';
import { Cite, SourceList } from './source-link';
import { present } from './present';
import { Swatch } from '@/components/swatch';
import { usePatternsShown } from '@/store/hooks';

/** One dated position: type with swatch, summary, offers, conditions, confidence, sources. */
export function PositionBlock({
  position,
  sources,
}: {
  position: Position;
  sources: ReadonlyMap<string, Source>;
}) {
  const patterns = usePatternsShown();
  const t = useT();
  const f = useFormat();
  const date = f.date(position.asOf);
  return (
    <section className="position" aria-label={t('record.positionAsOfLabel', { date })}>
      <p className="type-chip">
        <Swatch type={position.type} patterns={patterns} />
        <span>{t(typeLabelId(position.type))}</span>
      </p>
      <p className="as-of">{t('record.asOf', { date })}</p>
      <p className="summary">
        <RecordText of={position} field="summary" />
      </p>
      {position.offers.length > 0 && (
        <>
          <h3>{t('record.offers')}</h3>
          <ul>
            {position.offers.map((o, i) => (
              <li key={o}>
                <RecordText of={position.offers} field={i} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('record.conditions')}</h3>
      {position.conditions.length > 0 ? (
        <ul>
          {position.conditions.map((c) => (
            <li key={c.text}>
              <RecordText of={c} field="text" />
              <Cite ids={c.sources} sources={sources} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('record.noConditions')}</p>
      )}
      <h3>{t('record.howSure')}</h3>
      <p className={`confidence confidence--${position.confidence}`}>
        {t(confidenceLabelId(position.confidence))}.
        {present(position, 'confidenceNote') && (
          <>
            {' '}
            <RecordText of={position} field="confidenceNote" />
          </>
        )}
      </p>
      <h3>{t('record.positionSources')}</h3>
      <SourceList ids={position.sources} sources={sources} />
    </section>
  );
}
