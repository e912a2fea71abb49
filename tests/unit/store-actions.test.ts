import { describe, expect, it } from 'vitest';
import { createAppStore } from '@/store/app-store';

const store = () => {
  const s = createAppStore();
  s.getState().actions.countryTypesResolved({ FRA: 'troops', POL: 'outside', ITA: 'outside' });
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
    s.getState().actions.countryTypesResolved({ POL: 'troops' });
    expect(s.getState().selectedIso3).toBeNull();
  });

  it('filtersReset clears types and search; notices are deduplicated and dismissible', () => {
    const s = store();
    s.getState().actions.typeToggled('troops');
    s.getState().actions.searchChanged('fra');
    s.getState().actions.filtersReset();
    expect(s.getState()).toMatchObject({ shownTypes: [], search: '' });
    s.getState().actions.noticesAdded(['a', 'b']);
    s.getState().actions.noticesAdded(['a']);
    expect(s.getState().notices).toEqual(['a', 'b']);
    s.getState().actions.noticeDismissed('a');
    expect(s.getState().notices).toEqual(['b']);
  });

  it('urlRead adopts the URL wholesale and counts a changed country as a choice', () => {
    const s = store();
    s.getState().actions.urlRead({
      country: 'ITA',
      types: ['outside'],
      date: '2025-09-04',
      view: 'about',
      patterns: true,
      projector: false,
      theme: 'dark',
      camera: null,
    });
    expect(s.getState()).toMatchObject({
      selectedIso3: 'ITA',
      shownTypes: ['outside'],
      asOf: '2025-09-04',
      view: 'about',
      selectionSerial: 1,
    });
  });
});
