/**
 * The map area in German and Ukrainian: the legend, the date switch, the country list and its
 * search, the map region and the names handed to the map are in the reader's language, and no
 * English message of the area is left on screen. A change of language renames the map's labels.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadCatalogue } from '@/i18n/catalogues';
import { formatterFor } from '@/i18n/format';
import type { Lang } from '@/i18n/langs';
import type { MessageId } from '@/i18n/messages';
import { map as enMap } from '@/i18n/en/map';
import { CATALOGUES } from '../support/say';
import { mapInCharge, renderApp } from '../support/render-app';
import { realCountries } from '../support/fixtures';

beforeAll(async () => {
  await Promise.all([loadCatalogue('de'), loadCatalogue('uk')]);
});

const ids = Object.keys(enMap) as MessageId[];
/** The area's English messages with no values, where the language says something else. */
const englishLeft = (lang: Lang) =>
  ids
    .map((id) => [CATALOGUES.en[id], CATALOGUES[lang][id]] as const)
    .filter(([en, other]) => en !== other && !en.includes('{') && en.length > 4)
    .map(([en]) => en)
    .filter((en) => document.body.textContent?.includes(en));

const name = (lang: Lang, iso3: string) =>
  formatterFor(lang).countryName(iso3, realCountries.countries.find((c) => c.iso3 === iso3)!.name);

describe.each(['de', 'uk'] as const)('the map area in %s', (lang) => {
  const m = (id: MessageId) => CATALOGUES[lang][id];

  it('labels the legend, the date switch, the list and the map in the language', async () => {
    const { map } = renderApp(`/?lang=${lang}`);
    const legend = within(await screen.findByRole('region', { name: m('map.legendTitle') }));
    expect(legend.getByRole('button', { name: m('map.legendShowAll') })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: m('map.positionsAsOf') })).toBeInTheDocument();
    expect(screen.getByRole('application', { name: m('map.label') })).toBeInTheDocument();
    const list = within(screen.getByRole('navigation', { name: m('map.countries') }));
    expect(list.getByRole('searchbox', { name: m('map.searchLabel') })).toHaveAttribute(
      'placeholder',
      m('map.searchPlaceholder'),
    );
    // Country names from the platform, in the language (not the record's English).
    const germany = name(lang, 'DEU');
    expect(germany).not.toBe('Germany');
    expect(list.getByRole('button', { name: germany })).toBeInTheDocument();
    expect(list.queryByRole('button', { name: 'Germany' })).toBeNull();

    await mapInCharge(map);
    const data = map.setData.mock.lastCall![0];
    const label = data.labels.features.find((f) => f.properties.iso3 === 'DEU');
    expect(label?.properties.name).toBe(germany);
    expect(englishLeft(lang)).toEqual([]);
  });

  it('finds a country by its name in the language and by its English name', async () => {
    const user = userEvent.setup();
    renderApp(`/?lang=${lang}`);
    const list = within(await screen.findByRole('navigation', { name: m('map.countries') }));
    const search = list.getByRole('searchbox', { name: m('map.searchLabel') });
    const france = name(lang, 'FRA');
    await user.type(search, france.slice(0, 4));
    expect(list.getByRole('button', { name: france })).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'France');
    expect(list.getByRole('button', { name: france })).toBeInTheDocument();
  });
});

describe('a change of language', () => {
  it('renames the map’s labels and the list', async () => {
    const { map, store } = renderApp('/?lang=de');
    await mapInCharge(map);
    act(() => store.getState().actions.languageChosen('uk'));
    await waitFor(() => {
      const data = map.setData.mock.lastCall![0];
      const label = data.labels.features.find((f) => f.properties.iso3 === 'DEU');
      expect(label?.properties.name).toBe(name('uk', 'DEU'));
    });
    expect(map.setMessages).toHaveBeenLastCalledWith(
      expect.objectContaining({ zoomIn: CATALOGUES.uk['map.zoomIn'] }),
    );
    expect(
      screen.getByRole('navigation', { name: CATALOGUES.uk['map.countries'] }),
    ).toBeInTheDocument();
  });
});
