import { say } from '../support/say';
import { describe, expect, it } from 'vitest';
import paris from '../../data/lessons/paris-2025.json';
import { Lesson, type LessonStep } from '@/datasets/lesson-schema';
import { outlinedCountries } from '@/datasets/lesson-check';
import { realCountries } from '../support/fixtures';
import { clampStep, nextMove, previousMove } from '@/features/lesson/lesson-nav';
import { revealCount } from '@/datasets/lesson-reveals';
import { createLessonController } from '@/features/lesson/lesson-controller';
import { createAppStore } from '@/store/app-store';
import { parseUrl, serialiseUrl, EMPTY_URL_STATE } from '@/store/url-state';

const lesson = Lesson.parse(paris);
const revealAt = lesson.steps.findIndex((s) => s.reveal) + 1;

describe('next and previous', () => {
  it('steps forward, reveals a guessing step, shows each card and question, and stops at the ends', () => {
    const outlined = (s: LessonStep) => [`outlined by ${s.id}`];
    const parts = (s: LessonStep) => revealCount(s, realCountries.countries);
    const cardsOf = (n: number) => parts(lesson.steps[n - 1]!);
    const multi = lesson.steps.findIndex((s) => parts(s) > 1) + 1;
    expect(multi).toBeGreaterThan(0);
    expect(nextMove(lesson, multi, 1, false, outlined, parts)).toEqual({ kind: 'card', reveal: 2 });
    expect(nextMove(lesson, multi, cardsOf(multi), false, outlined, parts)).toEqual({
      kind: 'step',
      step: multi + 1,
      reveal: 1,
    });
    expect(nextMove(lesson, revealAt, 1, true, outlined, parts)).toEqual({
      kind: 'reveal',
      highlighted: outlined(lesson.steps[revealAt - 1]!),
    });
    const last = lesson.steps.length;
    expect(nextMove(lesson, last, cardsOf(last), false, outlined, parts)).toEqual({ kind: 'none' });
    expect(previousMove(lesson, 1, 1, parts)).toEqual({ kind: 'none' });
    expect(previousMove(lesson, multi, 2, parts)).toEqual({ kind: 'card', reveal: 1 });
    // Back onto a step lands on its last card, as a slide deck does; a guessing step restarts.
    expect(previousMove(lesson, multi + 1, 1, parts)).toEqual({
      kind: 'step',
      step: multi,
      reveal: cardsOf(multi),
    });
    expect(previousMove(lesson, revealAt + 1, 1, parts)).toEqual({
      kind: 'step',
      step: revealAt,
      reveal: 1,
    });
    expect(clampStep(lesson, 99)).toBe(lesson.steps.length);
    expect(clampStep(lesson, 0)).toBe(1);
  });
});

describe('the lesson controller applies a step in one change', () => {
  const setup = () => {
    const store = createAppStore();
    const fits: unknown[] = [];
    const lessons = createLessonController({
      store,
      load: async (id) => {
        if (id !== lesson.id) throw new Error(`no lesson has the id "${id}"`);
        return lesson;
      },
      map: { fitBounds: (b) => void fits.push(b) },
      countries: () => realCountries.countries,
      exists: (id) => id === lesson.id,
    });
    return { store, lessons, fits };
  };

  it('sets country, filter, date, outlines and conceal together, and fits the camera', async () => {
    const { store, lessons, fits } = setup();
    await lessons.open('paris-2025', 1);
    const changes: unknown[] = [];
    store.subscribe((s) => changes.push(s.lessonStep));
    const step = lesson.steps[4]!; // Germany
    lessons.goTo(5);
    const s = store.getState();
    expect(changes).toHaveLength(1);
    expect(s).toMatchObject({
      lessonId: 'paris-2025',
      lessonStep: 5,
      selectedIso3: 'DEU',
      selectionSerial: 0, // no focus jump into the panel: the clicker keeps the page
      asOf: '2025-09-04',
      highlighted: ['DEU'],
      concealed: false,
    });
    expect(fits.at(-1)).toEqual(step.bounds);
  });

  it('hides outlines on a guessing step until the reveal (the next press)', async () => {
    const { store, lessons } = setup();
    await lessons.open('paris-2025', revealAt);
    const step = lesson.steps[revealAt - 1]!;
    expect(store.getState()).toMatchObject({ concealed: true, highlighted: [], asOf: null });
    lessons.next();
    expect(store.getState()).toMatchObject({
      lessonStep: revealAt,
      concealed: false,
      highlighted: outlinedCountries(step, realCountries.countries, store.getState().asOf),
    });
    expect(store.getState().highlighted.length).toBeGreaterThan(0);
  });

  it('says why a lesson that does not exist cannot start, and leaves it', async () => {
    const { store, lessons } = setup();
    await lessons.open('no-such-lesson', 2);
    expect(store.getState().lessonId).toBeNull();
    expect(store.getState().notices.map((n) => say(n))).toEqual([
      'Ignored lesson=no-such-lesson: no lesson has that id.',
    ]);
  });

  it('keeps a step reached by Back as the address has it (a country chosen during it)', async () => {
    const { store, lessons } = setup();
    await lessons.open('paris-2025', 5);
    store.getState().actions.countryChosen('FRA');
    await lessons.followUrl('paris-2025', 5);
    expect(store.getState().selectedIso3).toBe('FRA');
    await lessons.followUrl('paris-2025', 4);
    expect(store.getState().lessonStep).toBe(4);
  });

  it('toggles black and white screens; a print keeps the reader’s own display', () => {
    const store = createAppStore();
    const a = () => store.getState().actions;
    a().blackoutToggled('black');
    expect(store.getState().blackout).toBe('black');
    a().blackoutToggled('white');
    expect(store.getState().blackout).toBe('white');
    a().blackoutToggled('white');
    expect(store.getState().blackout).toBe('off');
    a().printStarted('data:image/png;base64,');
    expect(store.getState()).toMatchObject({
      patterns: false,
      printJob: { mapImage: 'data:image/png;base64,' },
    });
    a().printEnded();
    expect(store.getState().printJob).toBeNull();
    a().uiScaled(5);
    expect(store.getState().uiScale).toBe(1.6);
  });
});

describe('?lesson=ID&step=N in the URL contract', () => {
  it('reads a lesson, its 1-based step and the presenter flag, and writes them back', () => {
    const { state, notices } = parseUrl('?lesson=Paris-2025&step=4&presenter=1');
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ lesson: 'paris-2025', step: 4, presenter: true });
    expect(serialiseUrl(state).search).toBe('?lesson=paris-2025&step=4&presenter=1');
  });

  it('ignores a step without a lesson, a step 0 and a malformed lesson, with notices', () => {
    expect(parseUrl('?step=3').notices.map((n) => say(n))).toEqual([
      'Ignored step="3": no lesson is given.',
    ]);
    expect(parseUrl('?lesson=x&step=0').notices.map((n) => say(n))).toEqual([
      'Ignored step="0": expected a step number from 1.',
    ]);
    const bad = parseUrl('?lesson=<b>');
    expect(bad.state.lesson).toBeUndefined();
    expect(say(bad.notices[0]!)).toMatch(/Ignored lesson="<b>"/);
  });

  it('leaves the lesson parameters out when no lesson runs', () => {
    const base = new URLSearchParams('lesson=paris-2025&step=2');
    expect(serialiseUrl(EMPTY_URL_STATE, base).search).toBe('');
  });
});
