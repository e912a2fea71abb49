/** Pieces both printed lessons use: a step's map with its key, and the list of sources. */
import type { Source } from '@/datasets/schemas';
import type { CommitmentTypeId } from '@/datasets/schemas';
import { typeLabelId } from '@/theme/palette';
import { PaperSwatch } from '@/components/paper-swatch';
import { useFormat, useT, type Formatter, type Translate } from '@/i18n';

/** "Positions on 4 September 2025." or "Latest known positions.". */
export const positionsOn = (date: string | null, t: Translate, f: Formatter) =>
  date ? t('lesson.print.positionsOn', { date: f.date(date) }) : t('lesson.print.positionsLatest');

export function PrintMap(props: {
  src: string | null | undefined;
  alt: string;
  legend?: { type: CommitmentTypeId; count: number }[];
  date: string | null;
  /** The worksheet's blank map: the type names to colour by, without their counts. */
  blank?: boolean;
}) {
  const t = useT();
  const f = useFormat();
  return (
    <figure className="print-map">
      {props.src ? (
        <img className="print-map-img" src={props.src} alt={props.alt} />
      ) : (
        <p className="print-map-none">{t('lesson.print.noMap')}</p>
      )}
      {props.legend && (
        <ul className="print-legend" aria-label={t('lesson.print.key')}>
          {props.legend.map(({ type, count }) => (
            <li key={type}>
              {props.blank ? (
                <span className="print-blank-box" aria-hidden="true" />
              ) : (
                <PaperSwatch type={type} className="print-swatch" />
              )}
              {t(typeLabelId(type))}
              {props.blank ? '' : ` (${f.number(count)})`}
            </li>
          ))}
        </ul>
      )}
      <figcaption>{positionsOn(props.date, t, f)}</figcaption>
    </figure>
  );
}

export function SourceList({ sources }: { sources: readonly Source[] }) {
  const t = useT();
  const f = useFormat();
  if (sources.length === 0) return <p>{t('lesson.print.noSources')}</p>;
  return (
    <ol className="print-sources">
      {sources.map((s) => (
        <li key={s.id}>
          {s.publisher}
          {s.agency ? ` (${s.agency})` : ''}: “{s.title}”,{' '}
          {s.date ? f.date(s.date) : t('lesson.print.undated')}.{' '}
          <span className="print-url">{s.url}</span>
        </li>
      ))}
    </ol>
  );
}
