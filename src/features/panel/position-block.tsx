import type { Position, Source } from '@/datasets/schemas';
import { PALETTE } from '@/theme/palette';
import { CONFIDENCE_LABEL, formatDate } from '@/datasets/vocabulary';
import { Cite, SourceList } from './source-link';
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
  const style = PALETTE[position.type];
  return (
    <section className="position" aria-label={`Position as of ${formatDate(position.asOf)}`}>
      <p className="type-chip">
        <Swatch type={position.type} patterns={patterns} />
        <span>{style.label}</span>
      </p>
      <p className="as-of">As of {formatDate(position.asOf)}</p>
      <p className="summary">{position.summary}</p>
      {position.offers.length > 0 && (
        <>
          <h3>What it offers</h3>
          <ul>
            {position.offers.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Stated conditions</h3>
      {position.conditions.length > 0 ? (
        <ul>
          {position.conditions.map((c) => (
            <li key={c.text}>
              {c.text}
              <Cite ids={c.sources} sources={sources} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No conditions stated in the sources.</p>
      )}
      <h3>How sure is this?</h3>
      <p className={`confidence confidence--${position.confidence}`}>
        {CONFIDENCE_LABEL[position.confidence]}.
        {position.confidenceNote && <> {position.confidenceNote}</>}
      </p>
      <h3>Sources for this position</h3>
      <SourceList ids={position.sources} sources={sources} />
    </section>
  );
}
