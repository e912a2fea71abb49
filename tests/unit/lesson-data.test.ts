/**
 * The shipped lessons against the real data: they parse, every reference resolves, and no
 * caption states a number or a quotation of its own — those come from the dataset only.
 */
import { describe, expect, it } from 'vitest';
import paris from '../../data/lessons/paris-2025.json';
import { buildDataset, typeAt, countByType } from '@/datasets/dataset';
import { COMMITMENT_TYPE_IDS } from '@/datasets/schemas';
import { Lesson } from '@/datasets/lesson-schema';
import { checkLesson, outlinedCountries } from '@/datasets/lesson-check';
import { resolveBlock, storeDate } from '@/components/step-blocks/step-content';
import { blockText } from '@/components/step-blocks/block-text';
import { realCoalition, realCountries, realSources } from '../support/fixtures';

const dataset = buildDataset(realCountries, realSources, realCoalition);
const lesson = Lesson.parse(paris);

/** The free text a lesson author types: framing only. */
const freeTexts = (l: Lesson) => [
  ['title', l.title],
  ['description', l.description],
  ...l.steps.flatMap((s) => [
    [`${s.id}.title`, s.title],
    [`${s.id}.caption`, s.caption ?? ''],
    [`${s.id}.notes`, s.notes],
    ...(s.questions ?? []).map((q, i) => [`${s.id}.questions[${i}]`, q]),
  ]),
];
const NUMBER_WORDS =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?)\b/i;
const QUOTE_MARKS = /["“”«»„‘]/;

describe('data/lessons/paris-2025.json', () => {
  it('parses and tells the story in 8 to 12 steps', () => {
    expect(lesson.id).toBe('paris-2025');
    expect(lesson.steps.length).toBeGreaterThanOrEqual(8);
    expect(lesson.steps.length).toBeLessThanOrEqual(12);
  });

  it('names only countries, quotes, facts and events that exist in the data', () => {
    expect(checkLesson(lesson, dataset, 'lessons/paris-2025.json')).toEqual([]);
    for (const step of lesson.steps) {
      for (const iso3 of [...(step.countries ?? []), ...(step.country ? [step.country] : [])])
        expect(dataset.byIso3.has(iso3), `${step.id}: ${iso3}`).toBe(true);
      for (const t of step.types ?? []) expect(COMMITMENT_TYPE_IDS).toContain(t);
      for (const b of step.show) {
        if (b.kind === 'quote') expect(dataset.quotes.has(b.id), `${step.id}: ${b.id}`).toBe(true);
        if (b.kind === 'count' || b.kind === 'countries')
          for (const t of b.types) expect(COMMITMENT_TYPE_IDS).toContain(t);
        expect(resolveBlock(b, dataset, storeDate(step.date, null)), `${step.id}`).not.toBeNull();
      }
    }
  });

  it('types no number and no quotation into its free text', () => {
    for (const [where, text] of freeTexts(lesson)) {
      expect(text, where).not.toMatch(/\d/);
      expect(text, where).not.toMatch(NUMBER_WORDS);
      expect(text, where).not.toMatch(QUOTE_MARKS);
    }
  });

  it('shows quotes word for word and counts computed from the data', () => {
    for (const step of lesson.steps) {
      const date = storeDate(step.date, null);
      for (const b of step.show) {
        const r = resolveBlock(b, dataset, date)!;
        if (r.kind === 'quote') {
          const q = dataset.quotes.get(r.id)!;
          expect([q.text, q.translation?.text]).toContain(r.text);
          if (r.original) expect(r.original.text).toBe(q.text);
        }
        if (r.kind === 'count') {
          const counts = countByType(dataset.countries, date);
          for (const row of r.rows) expect(row.count).toBe(counts[row.type]);
        }
      }
    }
  });

  it('puts on screen only numbers that come from the data', () => {
    // Every number the class sees on a step is in the text resolved from the data.
    for (const step of lesson.steps) {
      const date = storeDate(step.date, null);
      const fromData = step.show.map((b) => blockText(resolveBlock(b, dataset, date)!)).join(' ');
      const typed = [step.title, step.caption ?? '', ...(step.questions ?? [])].join(' ');
      const shown = `${typed} ${fromData}`;
      for (const n of shown.match(/\d+/g) ?? []) expect(fromData, step.id).toContain(n);
    }
  });

  it('outlines countries that fit the step: the shown types, or the computed changes', () => {
    for (const step of lesson.steps) {
      const date = storeDate(step.date, null);
      const outlined = outlinedCountries(step, dataset.countries, date);
      if (step.types)
        for (const iso3 of outlined)
          expect(step.types, `${step.id}: ${iso3}`).toContain(
            typeAt(dataset.byIso3.get(iso3)!, date),
          );
      const changes = step.show.find((b) => b.kind === 'changes');
      if (changes) {
        const r = resolveBlock(changes, dataset, date);
        const changed = r?.kind === 'changes' ? r.rows.map((x) => x.name) : [];
        expect(outlined.map((i) => dataset.byIso3.get(i)!.name).sort()).toEqual(changed.sort());
      }
    }
  });

  it('makes step 4 the outside-help step the browser test walks to', () => {
    expect(lesson.steps[3]?.types).toEqual(['outside']);
    expect(lesson.steps.slice(0, 4).some((s) => s.reveal)).toBe(false);
    expect(lesson.steps.some((s) => s.reveal)).toBe(true);
  });
});

describe('checkLesson on broken references', () => {
  it('names each unknown country, quote, fact and event, and duplicate steps', () => {
    const broken = Lesson.parse({
      ...paris,
      steps: [
        { ...paris.steps[0], countries: ['XXX'], show: [{ kind: 'quote', id: 'no-such-quote' }] },
        {
          ...paris.steps[0],
          country: 'QQQ',
          show: [
            { kind: 'fact', index: 99 },
            { kind: 'event', date: '2025-09-04', title: 'Not an event' },
            { kind: 'position', iso3: 'ZZZ', part: 'summary' },
          ],
        },
      ],
    });
    const messages = checkLesson(broken, dataset, 'x.json').map((p) => `${p.where}: ${p.message}`);
    expect(messages).toEqual([
      'steps[question].countries[0]: no country "XXX" in countries.json',
      'steps[question].show[0]: no quote has the id "no-such-quote"',
      'steps[question].id: duplicate step id',
      'steps[question].country: no country "QQQ" in countries.json',
      'steps[question].show[0]: coalition.json has no summit fact number 99',
      'steps[question].show[1]: no timeline event on 2025-09-04 titled "Not an event"',
      'steps[question].show[2].iso3: no country "ZZZ" in countries.json',
    ]);
  });

  it('rejects a misspelt block kind, a bad type and inverted bounds at the schema', () => {
    const step = paris.steps[0];
    const bad = (s: object) => Lesson.safeParse({ ...paris, steps: [s, step] }).success;
    expect(bad({ ...step, show: [{ kind: 'qoute', id: 'x' }] })).toBe(false);
    expect(bad({ ...step, types: ['troop'] })).toBe(false);
    expect(bad({ ...step, bounds: [40, 30, 10, 60] })).toBe(false);
    expect(bad({ ...step, colour: 'red' })).toBe(false);
  });
});
