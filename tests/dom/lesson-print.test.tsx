/**
 * Issue 16: a lesson's printed pages, from the lesson's Tools. "Print all steps": one page per
 * step (counted from the lesson), each with its own vector map drawn for it, a guessing step
 * revealed. "Print worksheet": the questions numbered with answer lines, a blank map per
 * guessing step, the sources, and the answer key after them.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import paris from '../../data/lessons/paris-2025.json';
import { lessonSteps, onStep, renderClassroom, resetClassroom } from './presentation-helpers';
import { mapInCharge } from '../support/render-app';
import { STEP_PICTURE, WORKSHEET_PICTURE } from '@/features/lesson-print/print-lesson';

afterEach(resetClassroom);

const guessing = lessonSteps.filter((s) => s.reveal === true);
const questions = lessonSteps.flatMap((s) => s.questions ?? []);

async function printFromTools(name: string) {
  const user = userEvent.setup();
  const print = vi.spyOn(window, 'print').mockImplementation(() => {});
  const app = renderClassroom('/?lesson=paris-2025&step=2');
  await onStep(2);
  await mapInCharge(app.map); // the pictures are then the fake map's own
  await user.click(screen.getByRole('button', { name: 'Tools' }));
  await user.click(screen.getByRole('button', { name }));
  await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  return app;
}

describe('printing a lesson', () => {
  it('prints all steps: a page per step with its own map, then the sources', async () => {
    const { map, store } = await printFromTools('Print all steps');
    const pages = document.querySelectorAll('.lesson-print--steps article[data-step]');
    expect(pages).toHaveLength(lessonSteps.length);
    expect([...pages].map((p) => p.querySelector('h2')!.textContent)).toEqual(
      lessonSteps.map((s) => s.title),
    );
    // One vector picture per step, each of its step's view (the screen's map is left alone).
    const views = map.vector.mock.calls.map(([p]) => p);
    expect(views).toHaveLength(lessonSteps.length);
    for (const v of views) expect(v).toMatchObject({ ...STEP_PICTURE, view: expect.any(Object) });
    expect(document.querySelectorAll('.lesson-print img[src^="data:image/svg+xml"]')).toHaveLength(
      lessonSteps.length,
    );
    // A guessing step prints revealed: its revealed caption.
    for (const g of guessing) {
      const n = lessonSteps.indexOf(g) + 1;
      const page = document.querySelector(`article[data-step="${n}"]`)!;
      expect(page.textContent).toContain(g.revealedCaption ?? g.caption ?? '');
    }
    expect(document.querySelector('.handout')).toBeNull();
    expect(store.getState().lessonStep).toBe(2);
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(document.querySelector('.lesson-print')).toBeNull();
  });

  it('prints the worksheet: numbered questions, blank maps, sources, then the answer key', async () => {
    const { map } = await printFromTools('Print worksheet');
    const sheet = document.querySelector('.lesson-print--worksheet')!;
    const asked = [...sheet.querySelectorAll('li[data-question]')];
    expect(asked.map((q) => q.querySelector('p')!.textContent)).toEqual(questions);
    expect(asked.map((q) => q.getAttribute('value'))).toEqual(questions.map((_, i) => `${i + 1}`));
    for (const q of asked) expect(q.querySelectorAll('.worksheet-line').length).toBeGreaterThan(0);
    expect(sheet.querySelectorAll('[data-blank-map]')).toHaveLength(guessing.length);
    const blanks = map.vector.mock.calls.filter(([p]) => p.view?.blank === true);
    expect(blanks).toHaveLength(guessing.length);
    for (const [p] of blanks) expect(p).toMatchObject(WORKSHEET_PICTURE);
    expect(sheet.querySelector('.worksheet-sources li')).not.toBeNull();
    // The key comes last, after the sheet the class gets.
    const key = sheet.querySelector('[data-answer-key]')!;
    expect(key.previousElementSibling!.className).toBe('worksheet-sources');
    expect(key.querySelectorAll('.worksheet-answer')).toHaveLength(guessing.length);
    act(() => void window.dispatchEvent(new Event('afterprint')));
  });

  it('is offered for each lesson in My lessons', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderClassroom('/?view=lessons');
    await screen.findByRole('heading', { level: 2, name: 'My lessons' });
    const file = new File([JSON.stringify({ ...paris, title: 'Ours' })], 'ours.json');
    await user.upload(screen.getByLabelText(/Open a lesson file/), file);
    await screen.findByRole('heading', { level: 4, name: 'Ours' });
    const card = screen.getByRole('group', { name: 'Ours' });
    await user.click(within(card).getByRole('button', { name: 'Print all steps' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(document.querySelectorAll('.lesson-print--steps article[data-step]')).toHaveLength(
      lessonSteps.length,
    );
    act(() => void window.dispatchEvent(new Event('afterprint')));
  });
});
