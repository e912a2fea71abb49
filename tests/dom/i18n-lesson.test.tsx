/**
 * Issue 15, the lesson area in German and Ukrainian: the stage, the presenter window, a step's
 * data blocks and My lessons speak the reader's language (the expected words come from the
 * catalogues), and no English message of the area is left on screen. The lesson's own words
 * (data/lessons) are the lead's data files, not the interface: they are not checked here.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mapInCharge } from '../support/render-app';
import { loadCatalogue } from '@/i18n/catalogues';
import { lesson as enLesson } from '@/i18n/en/lesson';
import type { Lang } from '@/i18n/langs';
import type { MessageId, MessageValues } from '@/i18n/messages';
import { CATALOGUES, say } from '../support/say';
import { lessonSteps, renderClassroom, resetClassroom } from './presentation-helpers';
import deLesson from '../../data/i18n/de/lessons/paris-2025.json';
import ukLesson from '../../data/i18n/uk/lessons/paris-2025.json';
import plLesson from '../../data/i18n/pl/lessons/paris-2025.json';

afterEach(resetClassroom);
beforeAll(async () => {
  await loadCatalogue('de');
  await loadCatalogue('uk');
  await loadCatalogue('pl');
});

const text = (lang: Lang, id: MessageId, values?: MessageValues) => say({ id, values }, lang);

const OTHER_AREAS_TOO: readonly string[] = ['lesson.block.noPosition'];

/**
 * English messages of the lesson area with no placeholder that the language translates: none may
 * be on screen. (Short ones — "Notes", "Key" — could be words of the lesson's English content.)
 */
function expectNoEnglish(lang: Lang) {
  const shown = document.body.textContent ?? '';
  const english = (Object.keys(enLesson) as (keyof typeof enLesson)[])
    .map((id) => [id, enLesson[id] as string] as const)
    .filter(([id, en]) => !/[{<]/.test(en) && en.length >= 12 && CATALOGUES[lang][id] !== en)
    // The map's own words for a country with no position (another area's, still English).
    .filter(([id]) => !OTHER_AREAS_TOO.includes(id));
  expect(english.length).toBeGreaterThan(40);
  for (const [id, en] of english) expect(shown, `${id}: “${en}”`).not.toContain(en);
}

/** Step `n`'s title in the class's language (the built-in lesson's translation, data/i18n). */
const titleIn = (file: { blocks: Record<string, { text: string }> }, n: number) =>
  file.blocks[`steps.${lessonSteps[n - 1]!.id}.title`]!.text;

/** The lesson's step count, as the stage and presenter say it. */
const count = lessonSteps.length;

describe('the lesson area in German', () => {
  it('runs the stage in German: progress, controls, blocks and announcements', async () => {
    renderClassroom('/?lang=de&lesson=paris-2025&step=3');
    const title = titleIn(deLesson, 3);
    expect(await screen.findByRole('heading', { level: 2, name: title })).toBeVisible();
    expect(
      screen.getAllByText(text('de', 'lesson.progress', { step: 3, count }))[0],
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: text('de', 'lesson.controls') })).toBeVisible();
    expect(screen.getByRole('button', { name: text('de', 'lesson.leave') })).toBeVisible();
    expect(screen.getByRole('button', { name: text('de', 'lesson.projectorScale') })).toBeVisible();
    // Step 3's first card lists countries by type, under a German heading with a German date.
    expect(
      screen.getByRole('heading', {
        level: 3,
        name: new RegExp(`^${text('de', 'lesson.block.countries')},`),
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(text('de', 'lesson.announce', { step: 3, count, title }), {
        exact: false,
      }),
    ).toHaveAttribute('role', 'status');
    expectNoEnglish('de');
  });

  it('shows My lessons in German', async () => {
    renderClassroom('/?lang=de&view=lessons');
    expect(
      await screen.findByRole('heading', { level: 2, name: text('de', 'lesson.my.title') }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: text('de', 'lesson.my.new') })).toBeVisible();
    expect(screen.getByLabelText(text('de', 'lesson.my.fileInput'))).toBeInTheDocument();
    expect(
      await screen.findByText(text('de', 'lesson.my.builtInMeta', { count }), { exact: false }),
    ).toBeInTheDocument();
    expect(
      screen.getAllByRole('button', { name: text('de', 'lesson.print.worksheet') }).length,
    ).toBeGreaterThan(0);
    expectNoEnglish('de');
  });
});

describe('the lesson area in Ukrainian', () => {
  it('runs the presenter window in Ukrainian: notes, next step, timer and screens', async () => {
    renderClassroom('/?lang=uk&lesson=paris-2025&step=2&presenter=1');
    const now = text('uk', 'lesson.presenter.now', { title: titleIn(ukLesson, 2) });
    expect(await screen.findByRole('heading', { level: 2, name: now })).toBeVisible();
    expect(screen.getByRole('main', { name: text('uk', 'lesson.presenter.label') })).toBeVisible();
    for (const id of [
      'lesson.presenter.pause',
      'lesson.presenter.restart',
      'lesson.presenter.black',
      'lesson.presenter.white',
    ] as const)
      expect(screen.getByRole('button', { name: text('uk', id) })).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 3, name: text('uk', 'lesson.presenter.notes') }),
    ).toBeVisible();
    // Step 2 shows the summit's numbers and how sure the positions are, in Ukrainian.
    expect(screen.getByText(/^Країн, що офіційно зобов’язалися/)).toBeInTheDocument();
    expect(screen.getByText(/^Наскільки певні позиції/)).toBeInTheDocument();
    expectNoEnglish('uk');
  });

  it('says the presenter window’s empty state in Ukrainian', async () => {
    renderClassroom('/?lang=uk&presenter=1');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: text('uk', 'lesson.presenter.empty.title'),
      }),
    ).toBeVisible();
    expect(
      screen.getByRole('link', { name: text('uk', 'lesson.presenter.empty.openMap') }),
    ).toBeVisible();
    expectNoEnglish('uk');
  });
});

describe('the lesson printed in Polish', () => {
  it('prints the worksheet with Polish headings and the lesson’s Polish questions', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const app = renderClassroom('/?lang=pl&lesson=paris-2025&step=2');
    expect(
      await screen.findByRole('heading', { level: 2, name: titleIn(plLesson, 2) }),
    ).toBeVisible();
    await mapInCharge(app.map);
    await user.click(screen.getByRole('button', { name: text('pl', 'lesson.tools') }));
    await user.click(screen.getByRole('button', { name: text('pl', 'lesson.print.worksheet') }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const sheet = document.querySelector('.lesson-print--worksheet')!;
    expect(sheet.getAttribute('aria-label')).toBe(text('pl', 'lesson.print.worksheetLabel'));
    const headings = [...sheet.querySelectorAll('h2')].map((h) => h.textContent);
    for (const id of [
      'lesson.print.questions',
      'lesson.print.sources',
      'lesson.print.answerKey',
    ] as const)
      expect(headings).toContain(text('pl', id));
    const last = lessonSteps[lessonSteps.length - 1]!;
    const asked = [...sheet.querySelectorAll('li[data-question] p')].map((p) => p.textContent);
    expect(asked[0]).toBe(
      plLesson.blocks[`steps.${last.id}.questions.0` as keyof typeof plLesson.blocks]?.text,
    );
    act(() => void window.dispatchEvent(new Event('afterprint')));
  });
});
