/**
 * Issue 16: a teacher builds a lesson beside the map. Views of the (fake) map become steps, the
 * steps are reordered from the keyboard, the preview is the real stage in the new order (and
 * shows later edits: the lesson is not served from a cache), the exported file imports back
 * equal; limits are refused with their message, data blocks come from the data, a reload keeps
 * the draft, and a full storage says so while the text stays.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { PALETTE } from '@/theme/palette';
import { getMyLesson } from '@/datasets/lesson-store';
import { renderClassroom, resetClassroom } from './presentation-helpers';
import { mapInCharge } from '../support/render-app';
import { FAKE_VIEW_BOUNDS } from '../support/fake-map-adapter';
import { realCountries } from '../support/fixtures';
import paris from '../../data/lessons/paris-2025.json';

afterEach(resetClassroom);

const group = (name: string) => screen.getByRole('group', { name });
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const editId = () => new URLSearchParams(window.location.search).get('edit')!;

async function newLesson(user: UserEvent) {
  const app = renderClassroom('/?view=lessons');
  await user.click(await screen.findByRole('button', { name: 'New lesson' }));
  await screen.findByRole('heading', { level: 2, name: 'Lesson builder' });
  await mapInCharge(app.map);
  return app;
}
async function write(user: UserEvent, label: string, text: string) {
  await user.clear(field(label));
  await user.click(field(label));
  await user.paste(text);
}
const addView = (user: UserEvent) =>
  user.click(screen.getByRole('button', { name: 'Add this view as a step' }));
/** What the builder kept in this browser (IndexedDB), once its writes are done. */
async function keptNow() {
  await waitFor(() =>
    expect(screen.getByText('Every change is kept in this browser.')).toBeVisible(),
  );
  return (await getMyLesson(editId()))!.lesson;
}

describe('the lesson builder', () => {
  it('builds three steps from the map, reorders, previews, exports and imports them back', async () => {
    const user = userEvent.setup();
    const { map } = await newLesson(user);
    expect(editId()).toMatch(/^my-lesson-/);
    await write(user, 'Lesson title', 'Our own lesson');
    await write(user, 'Description', 'Who offers what, in our words.');

    // Step 1: a country chosen on the map.
    act(() => map.emitCountryClick('FRA'));
    await screen.findByRole('complementary', { name: 'France' });
    await addView(user);
    // Step 2: no country, the filter on one type.
    act(() => map.emitCountryClick(null));
    const legend = screen.getByRole('region', { name: 'Commitment type' });
    await user.click(
      within(legend).getByRole('button', { name: new RegExp(PALETTE.outside.label) }),
    );
    await addView(user);
    // Step 3: every type again, another date, Germany.
    await user.click(within(legend).getByRole('button', { name: 'Show all' }));
    const dates = screen.getByRole('combobox', { name: /Positions as of/ });
    const day = (within(dates).getAllByRole('option')[1] as HTMLOptionElement).value;
    await user.selectOptions(dates, day);
    act(() => map.emitCountryClick('DEU'));
    await addView(user);

    const titles = ['Who offers troops?', 'Help from outside', 'Germany’s conditions'];
    for (const [i, title] of titles.entries()) {
      await write(user, `Step ${i + 1} title`, title);
      await write(user, `Step ${i + 1} presenter notes`, 'Ask the class first.');
    }

    // Step 3 moves up, from the keyboard: focus follows it, and it is said.
    within(group('Step 3')).getByRole('button', { name: 'Move up' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('Step 3 moved to position 2.')).toHaveAttribute('role', 'status');
    expect(within(group('Step 2')).getByRole('button', { name: 'Move up' })).toHaveFocus();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Step 2: Germany’s conditions' }),
    ).toBeVisible();

    // The preview is the stage, in the new order; leaving it returns to the builder.
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(await screen.findByRole('heading', { level: 2, name: titles[0] })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Next ›' }));
    expect(await screen.findByRole('heading', { level: 2, name: titles[2] })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Leave lesson' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Preview' })).toHaveFocus());
    // As the teacher had it before the preview (Present turns projector scale on).
    expect(document.documentElement).not.toHaveClass('projector-mode');

    // Edited and previewed again: the stage shows the edits (words and order) and applies the
    // new first step's view, not the lesson as first loaded (neither cache serves it).
    await write(user, 'Step 1 title', 'Who offers troops now?');
    within(group('Step 3')).getByRole('button', { name: 'Move up' }).focus();
    await user.keyboard('{Enter}{Enter}');
    expect(screen.getByText('Step 2 moved to position 1.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(await screen.findByRole('heading', { level: 2, name: titles[1] })).toBeVisible();
    expect(screen.queryByRole('complementary', { name: 'France' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next ›' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Who offers troops now?' }),
    ).toBeVisible();
    expect(await screen.findByRole('complementary', { name: 'France' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Leave lesson' }));

    const built = await keptNow();
    expect(built.steps.map((s) => [s.title, s.country, s.types, s.date])).toEqual([
      [titles[1], undefined, ['outside'], 'latest'],
      ['Who offers troops now?', 'FRA', undefined, 'latest'],
      [titles[2], 'DEU', undefined, day],
    ]);
    expect(
      built.steps.every((s) => JSON.stringify(s.bounds) === JSON.stringify(FAKE_VIEW_BOUNDS)),
    ).toBe(true);

    // Exported as a file, deleted, imported back through My lessons: the same lesson.
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByRole('heading', { level: 2, name: 'My lessons' });
    let file: Blob | undefined;
    URL.createObjectURL = (b: Blob) => ((file = b), 'blob:x');
    URL.revokeObjectURL = () => {};
    await user.click(within(group('Our own lesson')).getByRole('button', { name: 'Export file' }));
    const text = await file!.text();
    await user.click(within(group('Our own lesson')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Our own lesson' })).toBeNull());
    await user.upload(screen.getByLabelText(/Open a lesson file/), new File([text], 'ours.json'));
    await screen.findByRole('group', { name: 'Our own lesson' });
    expect((await getMyLesson(built.id))!.lesson).toEqual(JSON.parse(text));
    expect(JSON.parse(text)).toEqual(built);
  }, 60_000); // one teacher's whole journey: ~14 s alone, past 20 s on a loaded machine

  it('refuses text past a limit, inserts data from the record, and keeps the draft on reload', async () => {
    const user = userEvent.setup();
    const { map, unmount } = await newLesson(user);
    act(() => map.emitCountryClick('FRA'));
    await addView(user);
    await user.clear(field('Step 1 title'));
    await user.type(field('Step 1 title'), 'x'.repeat(95));
    expect(field('Step 1 title').value).toHaveLength(90);
    expect(screen.getByText('A step title may be at most 90 characters.')).toBeVisible();

    const step = group('Step 1').closest('li')!;
    const france = realCountries.countries.find((c) => c.iso3 === 'FRA')!;
    await user.selectOptions(
      within(step).getByRole('combobox', { name: 'Insert from the data' }),
      'France: position in one line',
    );
    await user.click(within(step).getByRole('button', { name: 'Insert into step 1' }));
    const data = within(step).getByRole('list', { name: 'Data on step 1' });
    expect(within(data).getByText(france.positions.at(-1)!.summary)).toBeVisible();
    await user.click(within(data).getByRole('button', { name: 'Remove this data from step 1' }));
    expect(within(data).queryByText(france.positions.at(-1)!.summary)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Step 1, presenter notes: must not be empty');
    expect(alert).toHaveTextContent('The lesson needs at least two steps (it has 1).');
    expect(new URLSearchParams(window.location.search).get('lesson')).toBeNull();

    // Deleted, focus on Undo; undone, the step is back where it was, with the focus.
    await addView(user);
    await user.click(within(group('Step 2')).getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
    expect(screen.queryByRole('group', { name: 'Step 2' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Step 2: France' })).toHaveFocus();
    await keptNow();
    const url = `${window.location.pathname}${window.location.search}`;
    unmount();
    renderClassroom(url);
    await screen.findByRole('heading', { level: 2, name: 'Lesson builder' });
    expect(await screen.findByDisplayValue('x'.repeat(90))).toBeVisible();
  }, 45_000);

  it('says when the browser’s storage is full, and keeps the text on screen', async () => {
    const user = userEvent.setup();
    await newLesson(user);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await write(user, 'Lesson title', 'Kept on screen');
    expect(await screen.findByText(/Not saved: This browser’s storage is full/)).toBeVisible();
    expect(field('Lesson title').value).toBe('Kept on screen');
  }, 45_000);

  it('copies the built-in lesson into the builder, whole, and previews the copy', async () => {
    const user = userEvent.setup();
    renderClassroom('/?view=lessons');
    const builtIn = await screen.findByRole('group', { name: paris.title });
    await user.click(within(builtIn).getByRole('button', { name: 'Edit a copy' }));
    await screen.findByRole('heading', { level: 2, name: 'Lesson builder' });
    expect(field('Lesson title').value).toBe(`${paris.title} (copy)`);
    expect(screen.getAllByRole('heading', { level: 3, name: /^Step \d+:/ })).toHaveLength(
      paris.steps.length,
    );
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: paris.steps[0]!.title }),
    ).toBeVisible();
    expect(new URLSearchParams(window.location.search).get('lesson')).toBe(editId());
    expect(editId()).not.toBe('my-paris-2025');
  }, 45_000);
});
