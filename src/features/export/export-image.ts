/**
 * The picture a teacher drops into a slide: 1920×1080, the map as drawn now with a title,
 * the legend (patterns when the map shows them), the "as of" date and the source line drawn in,
 * in the reader's language. Every string drawn goes through `fitText` (German and Polish run
 * ≈ 30 % longer than English): nothing is cut off.
 */
import type { CommitmentTypeId } from '@/datasets/schemas';
import type { Formatter, Translate } from '@/i18n';
import { PALETTE, SEA_COLOR, typeLabelId } from '@/theme/palette';
import { patternImage } from '@/theme/patterns';

export const EXPORT_SIZE = { width: 1920, height: 1080 } as const;

export interface ExportContent {
  title: string;
  subtitle: string;
  legend: { type: CommitmentTypeId; count: number }[];
  asOf: string;
  source: string;
  link: string;
  patterns: boolean;
}

const FONT = '"Noto Sans", system-ui, sans-serif';
const MAP = { x: 48, y: 150, w: 1392, h: 800 };

/**
 * The map is drawn for the picture at its frame's own size (not a scaled screen capture), with
 * names at 20 px: readable on a slide at the back of a room (issue 12, point 12).
 */
export const EXPORT_MAP_PICTURE = { width: MAP.w, height: MAP.h, pixelRatio: 1, labelSize: 20 };
const LEGEND_X = 1480;
/** A legend label's room: from beside its swatch to before its count. */
const LEGEND_LABEL_MAX = 300;
const LEGEND_COUNT_X = 1872;

/** Shrinks the font until the text fits `max` pixels, so nothing is cut off; the size used. */
function fitText(
  ctx: CanvasRenderingContext2D,
  text: string,
  size: number,
  weight: number,
  max: number,
) {
  let s = size;
  do ctx.font = `${weight} ${s}px ${FONT}`;
  while (ctx.measureText(text).width > max && --s > 10);
  return s;
}

/**
 * A legend label on one line if it fits at `size`, else on two, split at the space that
 * balances them best (a German or Polish label: "Truppen: unter Bedingungen | oder berichtet").
 */
export function legendLines(
  text: string,
  fits: (line: string) => boolean,
  measure: (line: string) => number,
): string[] {
  if (fits(text) || !text.includes(' ')) return [text];
  let best: string[] = [text];
  let bestWidth = Infinity;
  for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
    const lines = [text.slice(0, i), text.slice(i + 1)];
    const width = Math.max(...lines.map(measure));
    if (width < bestWidth) [best, bestWidth] = [lines, width];
  }
  return best;
}

function swatch(
  ctx: CanvasRenderingContext2D,
  type: CommitmentTypeId,
  x: number,
  y: number,
  patterns: boolean,
) {
  ctx.fillStyle = PALETTE[type].color;
  ctx.fillRect(x, y, 34, 34);
  if (patterns) {
    const img = patternImage(type);
    const tile = document.createElement('canvas');
    [tile.width, tile.height] = [img.width, img.height];
    tile
      .getContext('2d')
      ?.putImageData(new ImageData(new Uint8ClampedArray(img.data), img.width, img.height), 0, 0);
    const pattern = ctx.createPattern(tile, 'repeat');
    if (pattern) {
      ctx.fillStyle = pattern;
      ctx.fillRect(x, y, 34, 34);
    }
  }
  ctx.strokeStyle = 'rgba(0,0,0,0.5)';
  ctx.lineWidth = 1.5;
  ctx.strokeRect(x, y, 34, 34);
}

export async function composeExportImage(
  map: HTMLCanvasElement,
  c: ExportContent,
  t: Translate,
  f: Formatter,
) {
  // A canvas does not wait for a face: load Noto Sans for the words about to be drawn (each
  // subset is fetched by unicode-range: Cyrillic for Ukrainian, Latin Extended for Polish).
  const words = JSON.stringify(c) + t('views.export.cannotDraw');
  await Promise.all(
    ['400', '700'].map((w) => document.fonts?.load(`${w} 20px ${FONT}`, words).catch(() => [])),
  );
  await document.fonts?.ready;
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [EXPORT_SIZE.width, EXPORT_SIZE.height];
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(t('views.export.cannotDraw'));
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'alphabetic';

  ctx.fillStyle = '#1a1a1a';
  fitText(ctx, c.title, 46, 700, 1824);
  ctx.fillText(c.title, 48, 72);
  ctx.fillStyle = '#3a3a3a';
  fitText(ctx, c.subtitle, 28, 400, 1824);
  ctx.fillText(c.subtitle, 48, 118);

  // The map fills its frame when that crops only its edges (the step's countries sit in the
  // middle); a much wider or taller map is shown whole on sea colour instead.
  ctx.fillStyle = SEA_COLOR;
  ctx.fillRect(MAP.x, MAP.y, MAP.w, MAP.h);
  if (map.width > 0 && map.height > 0) {
    const contain = Math.min(MAP.w / map.width, MAP.h / map.height);
    const cover = Math.max(MAP.w / map.width, MAP.h / map.height);
    const k = cover / contain <= 1.35 ? cover : contain;
    const [w, h] = [map.width * k, map.height * k];
    ctx.save();
    ctx.beginPath();
    ctx.rect(MAP.x, MAP.y, MAP.w, MAP.h);
    ctx.clip();
    ctx.drawImage(map, MAP.x + (MAP.w - w) / 2, MAP.y + (MAP.h - h) / 2, w, h);
    ctx.restore();
  }
  ctx.strokeStyle = '#8a8a8a';
  ctx.lineWidth = 2;
  ctx.strokeRect(MAP.x, MAP.y, MAP.w, MAP.h);

  ctx.fillStyle = '#1a1a1a';
  const legendTitle = t('views.export.legendTitle');
  fitText(ctx, legendTitle, 30, 700, LEGEND_COUNT_X - LEGEND_X);
  ctx.fillText(legendTitle, LEGEND_X, MAP.y + 30);
  // One line per label, all at one size (no entry squeezed alone): the size the longest fits
  // at. Where that is under 20 px (German, Polish), the long labels take two lines at 20 px.
  const oneLine = Math.min(
    24,
    ...c.legend.map((row) => fitText(ctx, t(typeLabelId(row.type)), 24, 400, LEGEND_LABEL_MAX)),
  );
  const wrap = oneLine < 20;
  ctx.font = `400 20px ${FONT}`;
  const measure = (line: string) => ctx.measureText(line).width;
  const labels = c.legend.map((row) =>
    wrap
      ? legendLines(t(typeLabelId(row.type)), (l) => measure(l) <= LEGEND_LABEL_MAX, measure)
      : [t(typeLabelId(row.type))],
  );
  const legendSize = wrap
    ? Math.min(20, ...labels.flat().map((line) => fitText(ctx, line, 20, 400, LEGEND_LABEL_MAX)))
    : oneLine;
  c.legend.forEach((row, i) => {
    const y = MAP.y + 60 + i * 56;
    swatch(ctx, row.type, LEGEND_X, y, c.patterns);
    ctx.fillStyle = '#1a1a1a';
    ctx.font = `400 ${legendSize}px ${FONT}`;
    const lines = labels[i]!;
    if (lines.length === 1) ctx.fillText(lines[0]!, LEGEND_X + 48, y + 26);
    else
      lines.forEach((line, j) => ctx.fillText(line, LEGEND_X + 48, y + 15 + j * (legendSize + 2)));
    const count = f.number(row.count);
    fitText(ctx, count, 24, 700, LEGEND_COUNT_X - (LEGEND_X + 48 + LEGEND_LABEL_MAX) - 4);
    ctx.textAlign = 'right';
    ctx.fillText(count, LEGEND_COUNT_X, y + 26);
    ctx.textAlign = 'left';
  });

  ctx.fillStyle = '#1a1a1a';
  fitText(ctx, c.asOf, 28, 700, 1824);
  ctx.fillText(c.asOf, 48, 1000);
  ctx.fillStyle = '#3a3a3a';
  fitText(ctx, c.source, 22, 400, 1824);
  ctx.fillText(c.source, 48, 1036);
  ctx.fillStyle = '#555555';
  fitText(ctx, c.link, 18, 400, 1824);
  ctx.fillText(c.link, 48, 1064);
  return canvas;
}

export const canvasToPng = (canvas: HTMLCanvasElement, t: Translate) =>
  new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error(t('views.export.cannotEncode')))),
      'image/png',
    ),
  );
