import { msg, rawMsg } from '@/i18n/messages';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '@/store/app-store';
import type { CommitmentTypeId } from '@/datasets/schemas';
import type { TypeLookup } from '@/store/selectors';
import { fromUrl } from '@/store/url';

// A country's type on a date, as the dataset would answer (selectors.ts): POL moves to
// `troops` on 2026-01-06; CHE is not in the data.
const types: Record<string, CommitmentTypeId> = { FRA: 'troops', POL: 'outside', ITA: 'outside' };
const typeOf: TypeLookup = (iso3, date) =>
  iso3 === 'POL' && date !== null && date >= '2026-01-06' ? 'troops' : types[iso3];
const store = () => {
  const s = createAppStore();
  const { typeToggled, dateChosen } = s.getState().actions;
  // The legend and the date switch pass the lookup; so do these tests.
  Object.assign(s.getState().actions, {
    typeToggled: (t: CommitmentTypeId) => typeToggled(t, typeOf),
    dateChosen: (d: string | null) => dateChosen(d, typeOf),
  });
  return s;
};

describe('store actions', () => {
  it('countryChosen selects and counts each choice; selectionCleared closes', () => {
    const s = store();
    s.getState().actions.countryChosen('FRA');
    s.getState().actions.countryChosen('FRA');
    expect(s.getState()).toMatchObject({ selectedIso3: 'FRA', selectionSerial: 2 });
    s.getState().actions.selectionCleared();
    expect(s.getState().selectedIso3).toBeNull();
  });

  it('typeToggled adds and removes types; an empty list shows all', () => {
    const s = store();
    s.getState().actions.typeToggled('outside');
    s.getState().actions.typeToggled('troops');
    expect(s.getState().shownTypes).toEqual(['outside', 'troops']);
    s.getState().actions.typeToggled('outside');
    expect(s.getState().shownTypes).toEqual(['troops']);
  });

  it('hiding the selected country’s type deselects it; showing it keeps it', () => {
    const s = store();
    s.getState().actions.countryChosen('POL');
    s.getState().actions.typeToggled('outside');
    expect(s.getState().selectedIso3).toBe('POL');
    s.getState().actions.typeToggled('outside');
    s.getState().actions.typeToggled('troops');
    expect(s.getState().selectedIso3).toBeNull();
  });

  it('keeps a selected country outside the data whatever the filter', () => {
    const s = store();
    s.getState().actions.countryChosen('CHE');
    s.getState().actions.typeToggled('troops');
    expect(s.getState().selectedIso3).toBe('CHE');
  });

  it('a new date that moves the selected country’s type out of the filter deselects it', () => {
    const s = store();
    s.getState().actions.typeToggled('outside');
    s.getState().actions.countryChosen('POL');
    s.getState().actions.dateChosen('2026-01-06');
    expect(s.getState().selectedIso3).toBeNull();
  });

  it('a new date is compared with the one the reader came from; the same date changes nothing', () => {
    const s = store();
    s.getState().actions.dateChosen('2025-09-04');
    expect(s.getState()).toMatchObject({ asOf: '2025-09-04', compareWith: 'latest' });
    s.getState().actions.dateChosen('2026-01-06');
    expect(s.getState()).toMatchObject({ asOf: '2026-01-06', compareWith: '2025-09-04' });
    s.getState().actions.dateChosen('2026-01-06');
    expect(s.getState().compareWith).toBe('2025-09-04');
    s.getState().actions.comparisonDismissed();
    expect(s.getState()).toMatchObject({ asOf: '2026-01-06', compareWith: null });
  });

  it('a lesson step drops the change marks (it outlines what it means to)', () => {
    const s = store();
    s.getState().actions.dateChosen('2025-09-04');
    s.getState().actions.lessonStepShown(
      'paris-2025',
      1,
      { country: null, types: [], date: null, reveal: false, highlighted: [], bounds: null },
      'push',
    );
    expect(s.getState().compareWith).toBeNull();
  });

  it('filtersReset clears types and search; notices are deduplicated and dismissible', () => {
    const s = store();
    s.getState().actions.typeToggled('troops');
    s.getState().actions.searchChanged('fra');
    s.getState().actions.filtersReset();
    expect(s.getState()).toMatchObject({ shownTypes: [], search: '' });
    const a = rawMsg('a');
    const b = msg('notice.url.theme', { value: '"neon"' });
    s.getState().actions.noticesAdded([a, b]);
    s.getState().actions.noticesAdded([rawMsg('a')]);
    expect(s.getState().notices).toEqual([a, b]);
    s.getState().actions.noticeDismissed(rawMsg('a'));
    expect(s.getState().notices).toEqual([b]);
  });

  it('urlRead adopts the URL wholesale and counts a changed country as a choice', () => {
    const s = store();
    s.getState().actions.urlRead(
      fromUrl('?country=ITA&types=outside&date=2025-09-04&view=about&patterns=1&theme=dark').fields,
    );
    expect(s.getState()).toMatchObject({
      selectedIso3: 'ITA',
      shownTypes: ['outside'],
      asOf: '2025-09-04',
      view: 'about',
      selectionSerial: 1,
    });
  });
});
