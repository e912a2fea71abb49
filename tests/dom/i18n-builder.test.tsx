/**
 * Issue 15, the builder area: the lesson builder and "Copy embed code" speak the reader's
 * language. Each is rendered in German and in Ukrainian; the expected words come from the
 * catalogues, and no English message of the area is left on screen. The embed code names the
 * language it was copied in (`lang=`), and its frame's title is in that language.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { createAppStore } from '@/store/app-store';
import { buildDataset } from '@/datasets/dataset';
import { saveMyLesson } from '@/datasets/lesson-store';
import type { Lesson } from '@/datasets/lesson-schema';
import { LessonBuilder } from '@/features/builder/lesson-builder';
import { EmbedCode } from '@/features/embed/embed-code-button';
import { loadCatalogue } from '@/i18n/catalogues';
import { msg, type Lang, type MessageId, type MessageValues } from '@/i18n';
import { builder } from '@/i18n/en/builder';
import { CATALOGUES, say } from '../support/say';
import { realCoalition, realCountries, realSources } from '../support/fixtures';

const dataset = buildDataset(realCountries, realSources, realCoalition);

beforeAll(async () => {
  await Promise.all((['de', 'uk'] as const).map(loadCatalogue));
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** A draft with one step and no description: the builder has problems to say. */
const draft = (id: string): Lesson => ({
  id,
  title: 'Eine Stunde',
  description: '',
  steps: [
    {
      id: 'step-1',
      title: 'Frankreich',
      notes: '',
      date: 'latest',
      country: 'FRA',
      types: ['troops', 'outside'],
      show: [],
      questions: ['Warum?'],
    },
  ],
});

const providers = (lang: Lang, init: Parameters<typeof createAppStore>[0] = {}) => {
  const store = createAppStore({ lang, ...init });
  return ({ children }: { children: React.ReactNode }) => (
    <AppProviders queryClient={createQueryClient({ retry: false })} store={store}>
      {children}
    </AppProviders>
  );
};

/** The page's words, without what a teacher typed or the embed code (HTML, not words). */
const shownText = () => {
  const copy = document.body.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('textarea, input').forEach((el) => el.remove());
  return copy.textContent ?? '';
};

/** The English messages of the area with no values, where `lang` says something else. */
const englishLeft = (lang: Lang) => {
  const text = shownText();
  const said = (words: string) =>
    new RegExp(`(^|[^\\p{L}])${words.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(
      text,
    );
  return (Object.keys(builder) as (keyof typeof builder)[])
    .filter((id) => !/[{<]/.test(builder[id]) && builder[id].length > 3)
    .filter((id) => CATALOGUES[lang][id] !== builder[id] && said(builder[id]))
    .map((id) => `${id}: ${builder[id]}`);
};

describe.each(['de', 'uk'] as const)('the lesson builder in %s', (lang) => {
  const s = (id: MessageId, values?: MessageValues) => say(msg(id, values), lang);

  it('labels, limits, problems and announcements are in the reader’s language', async () => {
    const user = userEvent.setup();
    const id = await saveMyLesson(draft(`my-i18n-${lang}`));
    render(<LessonBuilder dataset={dataset} />, {
      wrapper: providers(lang, { editingId: id }),
    });
    const aside = await screen.findByRole('complementary', { name: s('builder.title') });
    expect(screen.getByRole('heading', { level: 2, name: s('builder.title') })).toBeVisible();
    for (const name of ['builder.preview', 'builder.done', 'builder.addView'] as const)
      expect(screen.getByRole('button', { name: s(name) })).toBeInTheDocument();
    expect(screen.getByLabelText(s('builder.lessonTitle'))).toHaveValue('Eine Stunde');
    expect(screen.getByLabelText(s('builder.stepTitle', { step: 1 }))).toHaveValue('Frankreich');
    expect(screen.getByLabelText(s('builder.notes', { step: 1 }))).toHaveValue('');
    expect(screen.getByLabelText(s('builder.question', { step: 1, question: 1 }))).toHaveValue(
      'Warum?',
    );
    expect(
      screen.getByText(s('builder.count', { count: 'Frankreich'.length, max: 90 })),
    ).toBeVisible();
    expect(screen.getByText(s('builder.stepCountTooFew', { count: 1, max: 40, min: 2 })));
    const step = screen.getByRole('group', { name: s('builder.step', { step: 1 }) });
    for (const name of ['builder.moveUp', 'builder.moveDown', 'builder.delete'] as const)
      expect(within(step).getByRole('button', { name: s(name) })).toBeInTheDocument();
    expect(
      screen.getByRole('combobox', { name: s('builder.data.insertFrom') }),
    ).toBeInTheDocument();
    expect(screen.getByRole('option', { name: s('builder.option.summit') })).toBeInTheDocument();
    // The step's view: its types by their legend names in this language.
    const types = [CATALOGUES[lang]['type.troops'], CATALOGUES[lang]['type.outside']];
    expect(aside).toHaveTextContent(types[0]!);
    expect(aside).toHaveTextContent(types[1]!);

    // A problem under its field, and the list "Preview" shows, in this language.
    const empty = s('builder.problem.empty');
    expect(
      screen.getByText(
        s('builder.fieldProblem', { label: s('builder.description'), problem: empty }),
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: s('builder.preview') }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(s('builder.notReady'));
    expect(alert).toHaveTextContent(
      s('builder.problem.inStep', { step: 1, field: s('builder.field.notes'), problem: empty }),
    );
    expect(alert).toHaveTextContent(
      s('builder.problem.steps', { problem: s('builder.problem.tooFewSteps'), count: 1 }),
    );

    // A limit reached is said in words.
    await user.click(screen.getByLabelText(s('builder.stepTitle', { step: 1 })));
    await user.paste('x'.repeat(100));
    expect(screen.getByText(s('builder.limit.stepTitle', { max: 90 }))).toBeVisible();

    expect(englishLeft(lang)).toEqual([]);

    // Deleted: said, with Undo.
    await user.click(within(step).getByRole('button', { name: s('builder.delete') }));
    expect(screen.getByRole('button', { name: s('builder.undo') })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(s('builder.deleted', { step: 1 }));

    expect(englishLeft(lang)).toEqual([]);
  });
});

describe.each(['de', 'uk'] as const)('Copy embed code in %s', (lang) => {
  const s = (id: MessageId, values?: MessageValues) => say(msg(id, values), lang);

  it('copies a frame that opens in this language, titled in it', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', `/?country=FRA&lang=${lang}`);
    render(<EmbedCode />, { wrapper: providers(lang) });
    await user.click(await screen.findByRole('button', { name: s('builder.embed.copy') }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        s('builder.embed.copied', { mine: 'no' }),
      ),
    );
    const code = await navigator.clipboard.readText();
    expect(code).toContain(`lang=${lang}`);
    expect(code).toContain(`title="${s('builder.embed.appTitle')}"`);
    expect(screen.getByRole('textbox', { name: s('builder.embed.code') })).toHaveValue(code);
    expect(englishLeft(lang)).toEqual([]);
  });

  it('names the language shared even when the address has none (the browser’s choice)', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?country=FRA');
    const store = createAppStore({ browserLang: lang });
    render(
      <AppProviders queryClient={createQueryClient({ retry: false })} store={store}>
        <EmbedCode />
      </AppProviders>,
    );
    await user.click(await screen.findByRole('button', { name: s('builder.embed.copy') }));
    await screen.findByRole('textbox', { name: s('builder.embed.code') });
    expect(await navigator.clipboard.readText()).toContain(`lang=${lang}`);
  });
});
