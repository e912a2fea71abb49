/**
 * Where the SVG map writes the country names: at each label point, wrapped at 7 ems as
 * MapLibre's `text-max-width`, skipped when it would overlap a name already placed (MapLibre's
 * collision rule, in the source's order) or fall outside the view. Widths are estimated
 * (0.55 em a character) so placement is pure and unit-tested.
 */
export const CHAR_EM = 0.55;
const MAX_WIDTH_EM = 7;
const PADDING = 1;

export interface LabelInput {
  iso3: string;
  name: string;
  x: number;
  y: number;
}
export interface PlacedLabel extends LabelInput {
  lines: string[];
}

/** Greedy word wrap at `max` characters a line (a long single word keeps its own line). */
export function wrapName(name: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of name.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= max)
      lines[lines.length - 1] = last + ' ' + word;
    else lines.push(word);
  }
  return lines;
}

export function placeLabels(
  labels: readonly LabelInput[],
  size: number,
  view: { width: number; height: number },
): PlacedLabel[] {
  const maxChars = Math.floor(MAX_WIDTH_EM / CHAR_EM);
  const boxes: [number, number, number, number][] = [];
  const placed: PlacedLabel[] = [];
  for (const l of labels) {
    const lines = wrapName(l.name, maxChars);
    const w = Math.max(...lines.map((s) => s.length)) * CHAR_EM * size + 2 * PADDING;
    const h = lines.length * size * 1.2 + 2 * PADDING;
    const box: [number, number, number, number] = [
      l.x - w / 2,
      l.y - h / 2,
      l.x + w / 2,
      l.y + h / 2,
    ];
    if (box[2] < 0 || box[3] < 0 || box[0] > view.width || box[1] > view.height) continue;
    if (boxes.some((b) => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3]))
      continue;
    boxes.push(box);
    placed.push({ ...l, lines });
  }
  return placed;
}
