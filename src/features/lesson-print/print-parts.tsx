/** Pieces both printed lessons use: a step's map with its key, and the list of sources. */
import type { Source } from '@/datasets/schemas';
import type { CommitmentTypeId } from '@/datasets/schemas';
import { formatDate } from '@/datasets/vocabulary';
import { PALETTE } from '@/theme/palette';
import { PaperSwatch } from '@/components/paper-swatch';

/** "Positions on 4 September 2025" or "Latest known positions". */
export const positionsOn = (date: string | null) =>
  date ? `Positions on ${formatDate(date)}` : 'Latest known positions';

export function PrintMap(props: {
  src: string | null | undefined;
  alt: string;
  legend?: { type: CommitmentTypeId; count: number }[];
  date: string | null;
  /** The worksheet's blank map: the type names to colour by, without their counts. */
  blank?: boolean;
}) {
  return (
    <figure className="print-map">
      {props.src ? (
        <img className="print-map-img" src={props.src} alt={props.alt} />
      ) : (
        <p className="print-map-none">The map could not be drawn: open the lesson in the app.</p>
      )}
      {props.legend && (
        <ul className="print-legend" aria-label="Key">
          {props.legend.map(({ type, count }) => (
            <li key={type}>
              {props.blank ? (
                <span className="print-blank-box" aria-hidden="true" />
              ) : (
                <PaperSwatch type={type} className="print-swatch" />
              )}
              {PALETTE[type].label}
              {props.blank ? '' : ` (${count})`}
            </li>
          ))}
        </ul>
      )}
      <figcaption>{positionsOn(props.date)}.</figcaption>
    </figure>
  );
}

export function SourceList({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return <p>The lesson shows counts and lists from the data only.</p>;
  return (
    <ol className="print-sources">
      {sources.map((s) => (
        <li key={s.id}>
          {s.publisher}
          {s.agency ? ` (${s.agency})` : ''}: “{s.title}”, {s.date ? formatDate(s.date) : 'undated'}
          . <span className="print-url">{s.url}</span>
        </li>
      ))}
    </ol>
  );
}
