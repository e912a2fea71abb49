import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../support/render-app';
import { realCountries } from '../support/fixtures';

const list = () => screen.findByRole('navigation', { name: 'Countries' });

describe('the country list', () => {
  it('groups every country in the data by type', async () => {
    renderApp('/');
    const nav = within(await list());
    expect(
      nav.getByRole('heading', { level: 3, name: 'Troops in or over Ukraine' }),
    ).toBeInTheDocument();
    const n = realCountries.countries.length;
    expect(nav.getByText(`${n} of ${n} countries`)).toBeInTheDocument();
  });

  it('finds countries by name without accents and by ISO code', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const nav = within(await list());
    const search = nav.getByRole('searchbox', { name: 'Search by name or ISO code' });
    await user.type(search, 'turkiye');
    expect(nav.getByRole('button', { name: 'Türkiye' })).toBeInTheDocument();
    expect(nav.getByText(`1 of ${realCountries.countries.length} countries`)).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'CZE');
    expect(nav.getAllByRole('button').map((b) => b.textContent)).toEqual(['Czechia']);
  });

  it('choosing a country selects it on the map and opens its panel', async () => {
    const user = userEvent.setup();
    const { map } = renderApp('/');
    await user.click(within(await list()).getByRole('button', { name: 'Estonia' }));
    expect(await screen.findByRole('complementary', { name: 'Estonia' })).toBeInTheDocument();
    await waitFor(() => expect(map.setSelected).toHaveBeenLastCalledWith('EST'));
    expect(map.revealCountry).toHaveBeenLastCalledWith('EST');
    expect(within(await list()).getByRole('button', { name: 'Estonia' })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });
});
