/**
 * What a lesson prints, page by page: every step as the class saw it (its date, map view,
 * caption and data blocks, a guessing step revealed: the pages are a record of the lesson), and
 * the worksheet's parts (the questions numbered through the lesson, the guessing steps, the
 * sources). Pure: the tests count the pages against the lesson and the data.
 */
import type { Dataset } from '@/datasets/dataset';
import { positionAt, typeAt } from '@/datasets/dataset';
import type { Lesson, LessonBlock, LessonStep } from '@/datasets/lesson-schema';
import type { CommitmentTypeId, Source } from '@/datasets/schemas';
import { outlinedCountries } from '@/datasets/lesson-check';
import { captionOf } from '@/datasets/lesson-reveals';
import {
  eventOf,
  resolveBlock,
  storeDate,
  type ResolvedBlock,
} from '@/components/step-blocks/step-content';
import { hiddenCountries, legendRows, mutedCountries } from '@/store/selectors';
import type { Bounds, PictureView } from '@/ports/map-port';

export interface StepPage {
  /** 1-based, as on screen ("Step 4 of 10"). */
  n: number;
  step: LessonStep;
  /** The positions' date the step shows (null: the latest known). */
  date: string | null;
  caption: string | undefined;
  blocks: ResolvedBlock[];
  /** The map's view: types on the date, the step's filter, outlines and bounds. */
  view: PictureView;
  legend: { type: CommitmentTypeId; count: number }[];
  guessing: boolean;
}

/**
 * The steps in order. As when presenting, a step without a date or bounds keeps the one before
 * it; the first such step shows the latest positions and the opening view.
 */
export function stepPages(lesson: Lesson, dataset: Dataset): StepPage[] {
  let date: string | null = null;
  let bounds: Bounds | null = null;
  return lesson.steps.map((step, i) => {
    date = storeDate(step.date, date);
    bounds = step.bounds ?? bounds;
    const filter = { shownTypes: step.types ?? [], asOf: date };
    const types: Record<string, CommitmentTypeId> = {};
    for (const c of dataset.countries) {
      const t = typeAt(c, date);
      if (t) types[c.iso3] = t;
    }
    return {
      n: i + 1,
      step,
      date,
      caption: captionOf(step, false),
      blocks: step.show
        .map((b) => resolveBlock(b, dataset, date))
        .filter((b): b is ResolvedBlock => b !== null),
      view: {
        types,
        bounds,
        selected: step.country ?? null,
        highlighted: outlinedCountries(step, dataset.countries, date),
        dimmed: hiddenCountries(dataset, filter),
        muted: mutedCountries(dataset, filter),
      },
      legend: legendRows(dataset, filter),
      guessing: step.reveal === true,
    };
  });
}

/** The sources of the quotes, facts, events and positions a block shows, by id. */
function blockSources(b: LessonBlock, dataset: Dataset, date: string | null): readonly string[] {
  const facts = dataset.coalition.summit.facts;
  switch (b.kind) {
    case 'quote':
      return dataset.quotes.get(b.id)?.sources ?? [];
    case 'fact':
      return facts[b.index]?.sources ?? [];
    case 'summit':
      return facts.slice(0, 3).flatMap((f) => f.sources);
    case 'event':
      return eventOf(dataset.coalition.timeline, b)?.sources ?? [];
    case 'position': {
      const country = dataset.byIso3.get(b.iso3);
      return (country && positionAt(country, storeDate(b.date, date))?.sources) ?? [];
    }
    default:
      // Counts, lists and changes are computed from every country's position.
      return [];
  }
}

/** Every source the lesson's blocks cite, once, in the order they are first cited. */
export function lessonSources(pages: readonly StepPage[], dataset: Dataset): Source[] {
  const ids = new Set(
    pages.flatMap((p) => p.step.show.flatMap((b) => blockSources(b, dataset, p.date))),
  );
  return [...ids].map((id) => dataset.sources.get(id)).filter((s): s is Source => !!s);
}

export interface Worksheet {
  /** Numbered through the whole lesson, with the step that asks them. */
  questions: { n: number; text: string; stepTitle: string }[];
  /** The guessing steps: a blank map each, and their answers in the key. */
  guesses: StepPage[];
  sources: Source[];
}

export function worksheetOf(pages: readonly StepPage[], dataset: Dataset): Worksheet {
  const asked = pages.flatMap((p) =>
    (p.step.questions ?? []).map((text) => ({ text, stepTitle: p.step.title })),
  );
  return {
    questions: asked.map((q, i) => ({ n: i + 1, ...q })),
    guesses: pages.filter((p) => p.guessing),
    sources: lessonSources(pages, dataset),
  };
}

/** The keys of the maps a print needs (print-lesson.ts draws them, the pages show them). */
export const mapKey = (n: number, blank = false) => (blank ? `${n}-blank` : `${n}`);
