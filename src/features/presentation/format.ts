/** Text helpers for lesson captions, the export image and the handout. */
import type { Quote, Source } from '@/datasets/schemas';

import { formatDate } from '@/datasets/dates';

export { formatDate };

/** "4 Sep 2025", "Mar 2025": for the narrow columns of the printed table. */
export const formatShortDate = (d: string) => formatDate(d).replace(/([A-Z][a-z]{2})[a-z]+/, '$1');

/** The words a class reads: English, from the source's or the editors' translation if needed. */
export function englishText(q: Quote): string {
  return q.lang === 'en' || !q.translation ? q.text : q.translation.text;
}

/**
 * Publishers of the given source ids as a short credit line ("Voz (AFP); Dawn (AFP) and 3
 * more"): the first few, so a slide stays readable; the panel lists them all.
 */
export function publishers(
  ids: readonly string[],
  sources: ReadonlyMap<string, Source>,
  max = 2,
): string {
  const names = [
    ...new Set(
      ids
        .map((id) => sources.get(id))
        .filter((s): s is Source => s !== undefined)
        .map((s) => (s.agency ? `${s.publisher} (${s.agency})` : s.publisher)),
    ),
  ];
  const more = names.length - max;
  return names.slice(0, max).join('; ') + (more > 0 ? ` and ${more} more` : '');
}

/** Shortens a verbatim quote at a word boundary, marking the cut with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')} …`;
}
