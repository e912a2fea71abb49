/**
 * Issue 15, the lesson area in German and Ukrainian: the stage, the presenter window, a step's
 * data blocks and My lessons speak the reader's language (the expected words come from the
 * catalogues), and no English message of the area is left on screen. The lesson's own words
 * (data/lessons) are the lead's data files, not the interface: they are not checked here.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { loadCatalogue } from '@/i18n/catalogues';
import { lesson as enLesson } from '@/i18n/en/lesson';
import type { Lang } from '@/i18n/langs';
import type { MessageId, MessageValues } from '@/i18n/messages';
import { CATALOGUES, say } from '../support/say';
import { lessonSteps, onStep, renderClassroom, resetClassroom } from './presentation-helpers';

afterEach(resetClassroom);
beforeAll(async () => {
  await loadCatalogue('de');
  await loadCatalogue('uk');
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

/** The lesson's step count, as the stage and presenter say it. */
const count = lessonSteps.length;

describe('the lesson area in German', () => {
  it('runs the stage in German: progress, controls, blocks and announcements', async () => {
    renderClassroom('/?lang=de&lesson=paris-2025&step=3');
    await onStep(3);
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
      screen.getByText(
        text('de', 'lesson.announce', { step: 3, count, title: lessonSteps[2]!.title }),
        {
          exact: false,
        },
      ),
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
    const now = text('uk', 'lesson.presenter.now', { title: lessonSteps[1]!.title });
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
