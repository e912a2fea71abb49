/**
 * Issue 16: a lesson from outside the repository (a teacher's file or a link) is read with the
 * built-in lessons' schema and reference checks. A broken or hostile file gets a precise
 * message and nothing else; a good one comes back whole, and a link round-trips it.
 */
import { describe, expect, it } from 'vitest';
import paris from '../../data/lessons/paris-2025.json';
import { MAX_LESSON_BYTES, readLessonFile } from '@/datasets/lesson-file';
import { formatProblem } from '@/datasets/data-error';
import {
  lessonFragment,
  lessonPayload,
  lessonTextFrom,
  MAX_LINK_CHARS,
} from '@/datasets/lesson-link';
import { Lesson } from '@/datasets/lesson-schema';
import { realCoalition, realCountries } from '../support/fixtures';

const ctx = { countries: realCountries.countries, coalition: realCoalition };
const good = Lesson.parse(paris);
const json = (v: unknown) => JSON.stringify(v);
const withStep = (patch: Record<string, unknown>) =>
  json({ ...paris, steps: [{ ...paris.steps[0], ...patch }, ...paris.steps.slice(1)] });
const read = (text: string) => readLessonFile(text, 'my-lesson.json', ctx);
const messages = (text: string) => {
  const r = read(text);
  return r.ok ? [] : r.problems.map(formatProblem);
};

/** Broken and hostile files, each with the message a teacher must see. */
const FIXTURES: [string, string, RegExp][] = [
  ['an empty file', '', /not valid JSON/],
  ['a Word document’s bytes', 'PK\u0003\u0004\u0014\u0000word/document.xml', /not valid JSON/],
  ['a cut-off download', json(paris).slice(0, 500), /not valid JSON/],
  ['a list instead of a lesson', json([paris]), /expected an object with a title and steps/],
  ['a bare string', json('lesson'), /expected an object/],
  ['no steps', json({ ...paris, steps: undefined }), /steps/],
  ['a single step', json({ ...paris, steps: [paris.steps[0]] }), /needs at least two steps/],
  ['41 steps', json({ ...paris, steps: Array(41).fill(paris.steps[0]) }), /steps/],
  ['an unknown field (script)', withStep({ onload: 'alert(1)' }), /onload/],
  [
    'a prototype key',
    withStep({ __proto__: { polluted: true } }).replace('"title"', '"__proto__":{"x":1},"title"'),
    /__proto__/,
  ],
  [
    'a block of an unknown kind',
    withStep({ show: [{ kind: 'html', html: '<img src=x onerror=alert(1)>' }] }),
    /show\[0\]/,
  ],
  [
    'a quote the record does not have',
    withStep({ show: [{ kind: 'quote', id: 'made-up-quote' }] }),
    /no quote has the id "made-up-quote"/,
  ],
  ['a country not in the record', withStep({ country: 'ATL' }), /no country "ATL"/],
  [
    'a title of 10,000 characters',
    withStep({ title: 'x'.repeat(10_000) }),
    /title: must be at most 90 characters/,
  ],
  ['bounds turned round', withStep({ bounds: [45, 63, -11, 36] }), /bounds/],
  [
    'a file over the limit',
    json({ ...paris, description: 'x'.repeat(MAX_LESSON_BYTES) }),
    /may be at most 200 KB/,
  ],
];

describe('reading a lesson file', () => {
  it('accepts the built-in lesson, with a byte-order mark too', () => {
    expect(read(json(paris))).toEqual({ ok: true, lesson: good });
    expect(read(`\uFEFF${json(paris)}`)).toEqual({ ok: true, lesson: good });
  });

  it.each(FIXTURES)('refuses %s with a precise message', (_name, text, expected) => {
    const found = messages(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(expected);
    // Every message names the file, so a teacher knows which one to fix.
    for (const m of found) expect(m).toMatch(/^my-lesson\.json: /);
  });

  it('keeps a teacher’s markup as plain text (rendering escapes it) and their words as theirs', () => {
    const title = '<b>Who</b> pledged in 2025?';
    const r = read(withStep({ title, caption: 'On 4 September, 26 countries “committed”.' }));
    expect(r.ok && r.lesson.steps[0]!.title).toBe(title);
  });

  it('lists at most a dozen problems, then how many more', () => {
    const steps = paris.steps.map((s) => ({ ...s, country: 'ZZZ', countries: ['ZZZ'] }));
    const found = messages(json({ ...paris, steps }));
    expect(found).toHaveLength(13);
    expect(found[12]).toMatch(/and \d+ more problems/);
  });
});

describe('a lesson in a link', () => {
  it('round-trips through the fragment, under the link limit', async () => {
    const fragment = await lessonFragment(good);
    const payload = lessonPayload(`#${fragment}&map=4/50/10`)!;
    expect(read(await lessonTextFrom(payload))).toEqual({ ok: true, lesson: good });
    expect(fragment.length).toBeLessThan(MAX_LINK_CHARS);
  });

  it('says so when a link was cut or inflates past the limit', async () => {
    const payload = lessonPayload(`#${await lessonFragment(good)}`)!;
    await expect(lessonTextFrom(payload.slice(0, payload.length / 2))).rejects.toThrow(
      /damaged or incomplete/,
    );
    const bomb = await lessonFragment({ ...good, description: ' '.repeat(MAX_LESSON_BYTES * 2) });
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS); // tiny link, huge lesson
    await expect(lessonTextFrom(lessonPayload(`#${bomb}`)!)).rejects.toThrow(
      /more than a lesson file may/,
    );
  });
});
