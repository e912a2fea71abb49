/**
 * Issue 16, the lesson builder's pure parts: a view of the map becomes a step whose bounds show
 * the same view again, steps move, copy and delete as the buttons say, data blocks are only
 * references into the record, and a draft's problems are keyed to the fields they belong to.
 */
import { describe, expect, it } from 'vitest';
import paris from '../../data/lessons/paris-2025.json';
import { Lesson } from '@/datasets/lesson-schema';
import { buildDataset } from '@/datasets/dataset';
import { blankLesson, lessonCopy, newLessonId } from '@/datasets/lesson-draft';
import { viewBoundsOf } from '@/features/map/view-bounds';
import { fitCamera } from '@/features/map/svg-camera';
import * as ops from '@/features/builder/draft-ops';
import { blockOptions } from '@/features/builder/block-options';
import { draftProblems, problemSentences } from '@/features/builder/draft-problems';
import { realCoalition, realCountries, realSources } from '../support/fixtures';
import { intlFor, say } from '../support/say';
import { formatterFor, msg, type Translate } from '@/i18n';

const t: Translate = (id, values) => intlFor('en').formatMessage({ id }, values);
const f = formatterFor('en');

const dataset = buildDataset(realCountries, realSources, realCoalition);
const good = Lesson.parse(paris);
const ids = (l: Lesson) => l.steps.map((s) => s.id);

describe('the view as bounds', () => {
  it.each([
    [{ zoom: 3.2, lat: 51, lon: 18 }, 1280, 720],
    [{ zoom: 4.5, lat: 48.5, lon: 2.3 }, 716, 690],
    [{ zoom: 2.1, lat: 30, lon: -40 }, 390, 400],
  ])('fits back to the same camera: %o at %i×%i', (camera, width, height) => {
    const bounds = viewBoundsOf(camera, { clientWidth: width, clientHeight: height });
    const [w, s, e, n] = bounds;
    expect(w < e && s < n).toBe(true);
    const again = fitCamera(bounds, { width, height }, { padding: 40, maxZoom: 6 });
    expect(again.zoom).toBeCloseTo(camera.zoom, 2);
    expect(again.lat).toBeCloseTo(camera.lat, 2);
    expect(again.lon).toBeCloseTo(camera.lon, 2);
  });

  it('stays inside the schema’s limits when the world is smaller than the map', () => {
    const [w, s, e, n] = viewBoundsOf(
      { zoom: 0, lat: 0, lon: 0 },
      { clientWidth: 1920, clientHeight: 1080 },
    );
    expect([w, s, e, n]).toEqual([-180, -85, 180, 85]);
  });
});

describe('draft operations', () => {
  const view = {
    country: 'FRA',
    types: ['troops' as const],
    asOf: null,
    bounds: [-5, 40, 10, 52] as const,
  };

  it('captures a view as a step with the latest date said explicitly', () => {
    const step = ops.stepFromView(view, good.steps, 'France');
    expect(step).toMatchObject({
      country: 'FRA',
      types: ['troops'],
      date: 'latest',
      bounds: [-5, 40, 10, 52],
      show: [],
    });
    expect(ids(good)).not.toContain(step.id);
  });

  it('moves, duplicates, deletes and restores steps', () => {
    const moved = ops.moveStep(good, 2, 0);
    expect(ids(moved)).toEqual([
      good.steps[2]!.id,
      good.steps[0]!.id,
      good.steps[1]!.id,
      ...ids(good).slice(3),
    ]);
    expect(ops.moveStep(good, 0, -1)).toBe(good);
    const copied = ops.duplicateStep(good, 1);
    expect(copied.steps).toHaveLength(good.steps.length + 1);
    expect(copied.steps[2]).toEqual({ ...good.steps[1], id: copied.steps[2]!.id });
    expect(new Set(ids(copied)).size).toBe(copied.steps.length);
    const removed = ops.removeStep(good, 3);
    expect(ops.restoreStep(removed, 3, good.steps[3]!)).toEqual(good);
  });

  it('refuses a step past the limit of 40', () => {
    const full = {
      ...good,
      steps: Array.from({ length: 40 }, (_, i) => ({ ...good.steps[0]!, id: `s${i}` })),
    };
    expect(ops.addStep(full, good.steps[1]!)).toBe(full);
    expect(ops.duplicateStep(full, 0)).toBe(full);
  });

  it('removes an optional field given as undefined', () => {
    const next = ops.updateStep(good, 0, { caption: undefined });
    expect('caption' in next.steps[0]!).toBe(false);
  });
});

describe('blocks inserted from the data', () => {
  const step = {
    ...ops.stepFromView({ country: 'DEU', types: [], asOf: null, bounds: null }, [], 'x'),
  };
  const options = blockOptions(step, dataset, t, f);

  it('offers the country’s position parts and every one of its quotes', () => {
    const deu = realCountries.countries.find((c) => c.iso3 === 'DEU')!;
    const kinds = options.map((o) => o.block);
    for (const part of ['summary', 'offers', 'conditions'] as const)
      expect(kinds).toContainEqual({ kind: 'position', iso3: 'DEU', part });
    for (const q of deu.quotes) expect(kinds).toContainEqual({ kind: 'quote', id: q.id });
    expect(kinds).toContainEqual({ kind: 'summit' });
    expect(kinds.filter((b) => b.kind === 'fact')).toHaveLength(realCoalition.summit.facts.length);
  });

  it('no longer offers a block once it is inserted', () => {
    const lesson = { ...good, steps: [step] };
    const added = ops.addBlock(lesson, 0, options[0]!.block);
    expect(blockOptions(added.steps[0]!, dataset, t, f)).toHaveLength(options.length - 1);
    expect(ops.addBlock(added, 0, options[0]!.block)).toBe(added);
    expect(ops.removeBlock(added, 0, 0).steps[0]!.show).toEqual([]);
  });
});

describe('a draft’s problems', () => {
  it('keys each problem to its field', () => {
    const draft = {
      ...blankLesson(),
      steps: [ops.stepFromView({ country: null, types: [], asOf: null, bounds: null }, [], '')],
    };
    const problems = draftProblems(draft, dataset);
    expect(problems.get('description')).toEqual(msg('builder.problem.empty'));
    expect(problems.get('steps')).toEqual(msg('builder.problem.tooFewSteps'));
    expect(problems.get('steps.0.title')).toEqual(msg('builder.problem.empty'));
    expect(problems.get('steps.0.notes')).toEqual(msg('builder.problem.empty'));
    const sentences = problemSentences(problems, draft, t);
    expect(sentences).toContain('Step 1, presenter notes: must not be empty');
    expect(sentences).toContain('The lesson needs at least two steps (it has 1).');
    // The same sentence in the reader's language.
    expect(problemSentences(problems, draft, (id, v) => say(msg(id, v), 'de'))).toContain(
      say(
        msg('builder.problem.inStep', {
          step: 1,
          field: say(msg('builder.field.notes'), 'de'),
          problem: say(msg('builder.problem.empty'), 'de'),
        }),
        'de',
      ),
    );
  });

  it('finds none in a copy of the built-in lesson', () => {
    const copy = lessonCopy(good);
    expect(draftProblems(copy, dataset).size).toBe(0);
    expect(copy.id).toMatch(/^my-paris-2025-|^my-/);
    expect(copy.title).toBe(`${good.title} (copy)`);
  });

  it('makes ids an address and the store accept', () => {
    expect(newLessonId('Qui garantit quoi ? Été 2025', new Date(0))).toBe(
      'my-qui-garantit-quoi-ete-2025-0',
    );
  });
});
