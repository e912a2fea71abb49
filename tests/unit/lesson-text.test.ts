import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Lesson } from '@/datasets/lesson-schema';
import { lessonBlocks, localiseLesson } from '@/datasets/lesson-text';
import { recordOrigin } from '@/datasets/record-origin';
import { sourceHash, type RecordTranslationFile } from '@/datasets/record-translations';

const lesson = Lesson.parse(JSON.parse(readFileSync('data/lessons/paris-2025.json', 'utf8')));

const translated = (mark: (english: string) => string): RecordTranslationFile => ({
  lang: 'pl',
  translatedBy: 'test',
  blocks: Object.fromEntries(
    lessonBlocks(lesson).map((b) => [b.key, { text: mark(b.english), from: sourceHash(b.from) }]),
  ),
});

describe('a built-in lesson in the class’s language', () => {
  it('has a block for every title, caption, note, question and event title, keyed by step id', () => {
    const keys = lessonBlocks(lesson).map((b) => b.key);
    expect(new Set(keys).size).toBe(keys.length);
    const questions = lesson.steps.reduce((n, s) => n + (s.questions?.length ?? 0), 0);
    expect(keys.filter((k) => /\.questions\.\d+$/.test(k))).toHaveLength(questions);
    for (const s of lesson.steps) expect(keys).toContain(`steps.${s.id}.notes`);
  });

  it('shows every translated block, keeps the English beside it, and never edits the lesson', () => {
    const before = JSON.stringify(lesson);
    const pl = localiseLesson(
      lesson,
      'pl',
      translated((e) => `PL ${e}`),
    );
    expect(JSON.stringify(lesson)).toBe(before);
    expect(pl.title).toBe(`PL ${lesson.title}`);
    const last = pl.steps.at(-1)!;
    expect(last.questions?.[0]).toBe(`PL ${lesson.steps.at(-1)!.questions![0]}`);
    expect(recordOrigin(pl.steps[0]!, 'notes')).toMatchObject({
      english: lesson.steps[0]!.notes,
      status: 'translated',
    });
    // Ids, dates and what the map shows are the lesson's own.
    expect(pl.steps.map((s) => [s.id, s.date])).toEqual(lesson.steps.map((s) => [s.id, s.date]));
  });

  it('falls back to the English, marked, for a block changed since it was translated', () => {
    const file = translated((e) => `PL ${e}`);
    file.blocks['steps.question.title'] = { text: 'stare', from: sourceHash('old words') };
    const pl = localiseLesson(structuredClone(lesson), 'pl', file);
    expect(pl.steps[0]!.title).toBe(lesson.steps[0]!.title);
    expect(recordOrigin(pl.steps[0]!, 'title')?.status).toBe('stale');
  });

  it('shows a lesson with no translation (English, or a teacher’s own) as written', () => {
    expect(
      localiseLesson(
        lesson,
        'en',
        translated((e) => e),
      ),
    ).toBe(lesson);
    expect(localiseLesson(lesson, 'fr', null)).toBe(lesson);
  });
});
