import { describe, expect, it } from 'vitest';
import paris from '../../data/lessons/paris-2025.json';
import { Lesson } from '@/datasets/lesson-schema';
import { clampStep, nextMove, previousMove, stepViewOf } from '@/features/presentation/lesson-nav';
import { createAppStore } from '@/store/app-store';
import { parseUrl, serialiseUrl, EMPTY_URL_STATE } from '@/store/url-state';

const lesson = Lesson.parse(paris);
const revealAt = lesson.steps.findIndex((s) => s.reveal) + 1;

describe('next and previous', () => {
  it('steps forward, reveals a guessing step before leaving it, and stops at the ends', () => {
    expect(nextMove(lesson, 1, false)).toEqual({ kind: 'step', step: 2 });
    expect(nextMove(lesson, revealAt, true)).toEqual({
      kind: 'reveal',
      highlighted: lesson.steps[revealAt - 1]!.countries ?? [],
    });
    expect(nextMove(lesson, revealAt, false)).toEqual({ kind: 'step', step: revealAt + 1 });
    expect(nextMove(lesson, lesson.steps.length, false)).toEqual({ kind: 'none' });
    expect(previousMove(1)).toEqual({ kind: 'none' });
    expect(previousMove(3)).toEqual({ kind: 'step', step: 2 });
    expect(clampStep(lesson, 99)).toBe(lesson.steps.length);
    expect(clampStep(lesson, 0)).toBe(1);
  });
});

describe('the store applies a step in one change', () => {
  it('sets country, filter, date, outlines, camera and conceal together', () => {
    const store = createAppStore();
    const changes: unknown[] = [];
    store.subscribe((s) => changes.push(s.lessonStep));
    const step = lesson.steps[4]!; // Germany
    store.getState().actions.lessonStepShown('paris-2025', 5, stepViewOf(step));
    const s = store.getState();
    expect(changes).toHaveLength(1);
    expect(s).toMatchObject({
      lessonId: 'paris-2025',
      lessonStep: 5,
      stepApplied: 'paris-2025#5',
      selectedIso3: 'DEU',
      selectionSerial: 0, // no focus jump into the panel: the clicker keeps the page
      asOf: '2025-09-04',
      highlighted: ['DEU'],
      concealed: false,
    });
    expect(s.cameraRequest).toEqual({ bounds: step.bounds, serial: 1 });
  });

  it('hides outlines on a guessing step until the reveal', () => {
    const store = createAppStore();
    const step = lesson.steps[revealAt - 1]!;
    store.getState().actions.lessonStepShown('paris-2025', revealAt, stepViewOf(step));
    expect(store.getState()).toMatchObject({ concealed: true, highlighted: [], asOf: null });
    store.getState().actions.lessonRevealed(step.countries!);
    expect(store.getState()).toMatchObject({ concealed: false, highlighted: step.countries });
  });

  it('toggles black and white screens, and restores patterns after printing', () => {
    const store = createAppStore();
    const a = () => store.getState().actions;
    a().blackoutToggled('black');
    expect(store.getState().blackout).toBe('black');
    a().blackoutToggled('white');
    expect(store.getState().blackout).toBe('white');
    a().blackoutToggled('white');
    expect(store.getState().blackout).toBe('off');
    a().printStarted();
    expect(store.getState().patterns).toBe(true);
    a().printEnded();
    expect(store.getState().patterns).toBe(false);
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
    expect(parseUrl('?step=3').notices).toEqual(['Ignored step="3": no lesson is given.']);
    expect(parseUrl('?lesson=x&step=0').notices).toEqual([
      'Ignored step="0": expected a step number from 1.',
    ]);
    const bad = parseUrl('?lesson=<b>');
    expect(bad.state.lesson).toBeUndefined();
    expect(bad.notices[0]).toMatch(/Ignored lesson="<b>"/);
  });

  it('leaves the lesson parameters out when no lesson runs', () => {
    const base = new URLSearchParams('lesson=paris-2025&step=2');
    expect(serialiseUrl(EMPTY_URL_STATE, base).search).toBe('');
  });
});
