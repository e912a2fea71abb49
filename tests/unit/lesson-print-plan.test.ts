/**
 * Issue 16, printing a lesson: the pages come from the lesson and the data. All steps: one page
 * per step, each with its date's map view, a guessing step revealed. The worksheet: the
 * questions numbered through the lesson, a blank map per guessing step, the sources cited.
 */
import { describe, expect, it } from 'vitest';
import paris from '../../data/lessons/paris-2025.json';
import { buildDataset, typeAt } from '@/datasets/dataset';
import { Lesson } from '@/datasets/lesson-schema';
import { lessonSources, stepPages, worksheetOf } from '@/features/lesson-print/print-plan';
import { realCoalition, realCountries, realSources } from '../support/fixtures';

const dataset = buildDataset(realCountries, realSources, realCoalition);
const lesson = Lesson.parse(paris);
const pages = stepPages(lesson, dataset);

describe('all steps, one page each', () => {
  it('has a page per step, in order, with the step’s blocks resolved from the data', () => {
    expect(pages.map((p) => p.step.id)).toEqual(lesson.steps.map((s) => s.id));
    expect(pages.map((p) => p.n)).toEqual(lesson.steps.map((_, i) => i + 1));
    for (const p of pages) expect(p.blocks).toHaveLength(p.step.show.length);
  });

  it('draws each step on its own date, with its filter, country and bounds', () => {
    for (const p of pages) {
      const date =
        p.step.date === undefined ? p.date : p.step.date === 'latest' ? null : p.step.date;
      expect(p.date).toBe(date);
      for (const c of dataset.countries) expect(p.view.types[c.iso3]).toBe(typeAt(c, p.date));
      expect(p.view.selected).toBe(p.step.country ?? null);
      if (p.step.bounds) expect(p.view.bounds).toEqual(p.step.bounds);
      const shown = p.step.types;
      if (shown) for (const iso3 of p.view.dimmed) expect(shown).not.toContain(p.view.types[iso3]);
    }
  });

  it('prints a guessing step revealed: its revealed caption and its outlines', () => {
    const guessing = pages.filter((p) => p.guessing);
    expect(guessing.length).toBe(lesson.steps.filter((s) => s.reveal).length);
    for (const g of guessing) {
      expect(g.caption).toBe(g.step.revealedCaption ?? g.step.caption);
      expect(g.view.blank).toBeUndefined();
    }
  });
});

describe('the worksheet', () => {
  const sheet = worksheetOf(pages, dataset);
  const asked = lesson.steps.flatMap((s) => s.questions ?? []);

  it('numbers every step’s questions through the lesson', () => {
    expect(sheet.questions.map((q) => q.text)).toEqual(asked);
    expect(sheet.questions.map((q) => q.n)).toEqual(asked.map((_, i) => i + 1));
  });

  it('has a map to fill in for each guessing step, and the sources its blocks cite', () => {
    expect(sheet.guesses.map((g) => g.step.id)).toEqual(
      lesson.steps.filter((s) => s.reveal).map((s) => s.id),
    );
    const quoted = lesson.steps.flatMap((s) =>
      s.show.flatMap((b) => (b.kind === 'quote' ? dataset.quotes.get(b.id)!.sources : [])),
    );
    const ids = sheet.sources.map((s) => s.id);
    for (const id of quoted) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(lessonSources(pages, dataset)).toEqual(sheet.sources);
  });
});
