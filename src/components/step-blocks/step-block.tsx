/**
 * One block of a step's data on screen: quotes word for word with who said them, counts and
 * names with the legend's swatches, conditions, events — each with its sources' publishers.
 */
import { PALETTE } from '@/theme/palette';
import { CONFIDENCE_SHORT, languageName } from '@/datasets/vocabulary';
import type { ResolvedBlock } from './step-content';

/** The data stores a quote's words without marks (data:check refuses wrapped ones): one pair here. */
const quoted = (text: string) => `“${text}”`;

function Swatch({ type }: { type: keyof typeof PALETTE }) {
  return (
    <span
      className="lesson-swatch"
      style={{ background: PALETTE[type].color }}
      aria-hidden="true"
    />
  );
}

export function StepBlock({ b }: { b: ResolvedBlock }) {
  switch (b.kind) {
    case 'quote':
      return (
        <figure className="lesson-block lesson-quote">
          <blockquote>
            <p>{quoted(b.text)}</p>
          </blockquote>
          <figcaption>
            {b.byline}
            {b.translatedBy &&
              ` · translated from ${languageName(b.original?.lang ?? '')} by ${b.translatedBy === 'source' ? 'the source' : 'the editors'}`}
            {b.credit && <span className="lesson-credit"> · {b.credit}</span>}
          </figcaption>
        </figure>
      );
    case 'summit':
      return (
        <div className="lesson-block">
          <ul className="lesson-lines">
            {b.lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
          <p className="lesson-credit">{b.credit}</p>
        </div>
      );
    case 'fact':
      return (
        <div className="lesson-block">
          <p>{b.text}</p>
          <p className="lesson-credit">{b.credit}</p>
        </div>
      );
    case 'event':
      return (
        <div className="lesson-block">
          <h3>{b.heading}</h3>
          <p>{b.text}</p>
          <p className="lesson-credit">{b.credit}</p>
        </div>
      );
    case 'count':
      return (
        <div className="lesson-block">
          <h3>{b.heading}</h3>
          <ul className="lesson-lines">
            {b.rows.map((r) => (
              <li key={r.type}>
                <Swatch type={r.type} /> {PALETTE[r.type].label}: <strong>{r.count}</strong>
              </li>
            ))}
          </ul>
        </div>
      );
    case 'countries':
      return (
        <div className="lesson-block">
          <h3>{b.heading}</h3>
          {b.groups.map((g) => (
            <p key={g.type}>
              <Swatch type={g.type} /> <strong>{PALETTE[g.type].label}</strong> ({g.names.length}
              ): {g.names.join(', ') || 'none'}
            </p>
          ))}
        </div>
      );
    case 'confidence':
      return (
        <div className="lesson-block">
          <h3>{b.heading}</h3>
          <ul className="lesson-lines">
            {b.rows.map((r) => (
              <li key={r.level}>
                {CONFIDENCE_SHORT[r.level]}: <strong>{r.count}</strong>
              </li>
            ))}
          </ul>
        </div>
      );
    case 'position':
      return (
        <div className="lesson-block">
          <h3>{b.heading}</h3>
          <ul className="lesson-lines">
            {b.items.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        </div>
      );
    case 'changes':
      return (
        <div className="lesson-block">
          <h3>{b.heading}</h3>
          <ul className="lesson-lines">
            {b.rows.length === 0 && <li>No country changed type.</li>}
            {b.rows.map((r) => (
              <li key={r.name}>
                <strong>{r.name}</strong>: {r.from} → {r.to}
              </li>
            ))}
          </ul>
        </div>
      );
  }
}
