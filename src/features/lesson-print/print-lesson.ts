/**
 * "Print all steps" and "Print worksheet": the lesson and the data from the query cache (the
 * same checked lesson the stage presents), a vector map drawn for each page (svg-picture.ts,
 * through the map port, the screen's map untouched), then the browser's print. The pages exist
 * only while printing, like the handout (the afterprint that ends the handout's job ends this).
 */
import { flushSync } from 'react-dom';
import type { QueryClient } from '@tanstack/react-query';
import type { AppStore } from '@/store/app-store';
import type { LessonPrintJob } from '@/store/classroom-slice';
import type { MapPort, VectorPicture } from '@/ports/map-port';
import { checkedLessonQuery } from '@/datasets/lesson-queries';
import { datasetQuery } from '@/datasets/dataset-query';
import { lessonTranslationQuery } from '@/datasets/lesson-translation-query';
import { selectLang } from '@/store/selectors';
import { mapKey, stepPages } from './print-plan';

/**
 * The maps' sizes in CSS px, names 11 px = 8.25 pt when printed at this size: a landscape page's
 * map column (≈ 175 × 122 mm) and a portrait page's width (≈ 186 × 124 mm).
 */
export const STEP_PICTURE = { width: 660, height: 460, labelSize: 11, patterns: true };
export const WORKSHEET_PICTURE = { width: 700, height: 470, labelSize: 11, patterns: true };

const svgUrl = (markup: string | null) =>
  markup && `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;

export async function printLesson(
  kind: LessonPrintJob['kind'],
  lessonId: string,
  deps: { store: AppStore; map: MapPort; client: QueryClient },
): Promise<void> {
  const { store, map, client } = deps;
  if (store.getState().printJob) return;
  const [lesson, dataset] = await Promise.all([
    client.fetchQuery(checkedLessonQuery(lessonId)),
    client.fetchQuery(datasetQuery()),
    // The lesson's words in the class's language, ready before the pages are drawn (none: English).
    client
      .fetchQuery(lessonTranslationQuery(selectLang(store.getState()), lessonId))
      .catch(() => null), // unreachable: the lesson prints in English
  ]);
  const pages = stepPages(lesson, dataset);
  const wanted: [string, VectorPicture][] = [];
  for (const p of pages)
    if (kind === 'steps') wanted.push([mapKey(p.n), { ...STEP_PICTURE, view: p.view }]);
    else if (p.guessing)
      wanted.push(
        [mapKey(p.n, true), { ...WORKSHEET_PICTURE, view: { ...p.view, blank: true } }],
        [mapKey(p.n), { ...WORKSHEET_PICTURE, view: p.view }],
      );
  const maps: Record<string, string | null> = {};
  // One at a time: each picture builds a scene of every country.
  for (const [key, picture] of wanted)
    maps[key] = svgUrl(await map.vector(picture).catch(() => null));
  flushSync(() => store.getState().actions.lessonPrintStarted({ lessonId, kind, maps }));
  window.print();
}
