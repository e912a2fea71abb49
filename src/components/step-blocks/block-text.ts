/**
 * A step's resolved blocks as plain text: for the tests, which check where numbers come from.
 * The data's own values (words, counts, names, ISO dates, type ids); no words of the interface.
 */
import type { ResolvedBlock } from './step-content';

/** Everything a step's blocks show from the data, as plain text. */
export function blockText(b: ResolvedBlock): string {
  switch (b.kind) {
    case 'quote':
      return `${b.text} ${b.quote.speaker}, ${b.quote.role}, ${b.quote.date}`;
    case 'summit': {
      const s = b.summit;
      return `${s.place} ${s.date} ${s.committedCount} ${s.leadersTakingPart} ${s.listPublished}`;
    }
    case 'fact':
      return b.text;
    case 'count':
      return `${b.date ?? 'latest'} ${b.rows.map((r) => `${r.type} ${r.count}`).join(' ')}`;
    case 'countries':
      return `${b.date ?? 'latest'} ${b.groups.map((g) => `${g.type} ${g.names.length} ${g.names.join(', ')}`).join(' ')}`;
    case 'confidence':
      return `${b.date ?? 'latest'} ${b.rows.map((r) => `${r.level} ${r.count}`).join(' ')}`;
    case 'position':
      return `${b.country.name} ${b.asOf} ${b.items.join(' ')}`;
    case 'changes':
      return `${b.from} ${b.to ?? 'latest'} ${b.rows.map((r) => `${r.name} ${r.from} ${r.to}`).join(' ')}`;
    case 'event':
      return `${b.event.date} ${b.event.title} ${b.text}`;
  }
}
