/** A step's resolved blocks as plain text: for the tests, which check where numbers come from. */
import { PALETTE } from '@/theme/palette';
import { CONFIDENCE_SHORT } from '@/datasets/vocabulary';
import type { ResolvedBlock } from './step-content';

/** Everything a step's blocks show, as plain text (tests; the presenter's notes view). */
export function blockText(b: ResolvedBlock): string {
  switch (b.kind) {
    case 'quote':
      return `${b.text} ${b.byline}`;
    case 'summit':
      return b.lines.join(' ');
    case 'fact':
      return b.text;
    case 'count':
      return `${b.heading} ${b.rows.map((r) => `${PALETTE[r.type].label} ${r.count}`).join(' ')}`;
    case 'countries':
      return `${b.heading} ${b.groups.map((g) => `${PALETTE[g.type].label} ${g.names.join(', ')}`).join(' ')}`;
    case 'confidence':
      return `${b.heading} ${b.rows.map((r) => `${CONFIDENCE_SHORT[r.level]} ${r.count}`).join(' ')}`;
    case 'position':
      return `${b.heading} ${b.items.join(' ')}`;
    case 'changes':
      return `${b.heading} ${b.rows.map((r) => `${r.name} ${r.from} ${r.to}`).join(' ')}`;
    case 'event':
      return `${b.heading} ${b.text}`;
  }
}
