import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, stubFetch } from '../support/render-app';
import { realCountries } from '../support/fixtures';

const broken = () => {
  const copy = structuredClone(realCountries);
  const fra = copy.countries.find((c) => c.iso3 === 'FRA')!;
  (fra.positions[0] as { type: string }).type = 'tanks';
  return JSON.stringify(copy);
};

describe('bad data gets a precise message, never a white screen', () => {
  it('names the file, the country and the field, and Try again recovers', async () => {
    const user = userEvent.setup();
    renderApp('/', { countries: broken() });
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText(/^countries\.json: FRA\/positions\[0\]\.type: /),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Coalition Map' })).toBeInTheDocument();

    stubFetch();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('navigation', { name: 'Countries' })).toBeInTheDocument();
    expect(screen.queryByText(/could not be loaded/)).not.toBeInTheDocument();
  });

  it('reports invalid JSON and a failed download by file name', async () => {
    renderApp('/', { sources: '{"sources": [', coalition: new TypeError('Failed to fetch') });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/^sources\.json: is not valid JSON/)).toBeInTheDocument();
    expect(
      within(alert).getByText(/^coalition\.json: could not be downloaded \(Failed to fetch\)/),
    ).toBeInTheDocument();
  });

  it('keeps the list and panel working when the boundaries fail', async () => {
    renderApp('/?country=FRA', { boundaries: new TypeError('Failed to fetch') });
    expect(await screen.findByText(/The map’s boundaries could not be loaded/)).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'France' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('renders markup in data as text and runs nothing', async () => {
    const copy = structuredClone(realCountries);
    const fra = copy.countries.find((c) => c.iso3 === 'FRA')!;
    fra.positions[fra.positions.length - 1]!.summary = '<img src=x onerror=alert(1)>';
    renderApp('/?country=FRA', { countries: JSON.stringify(copy) });
    const aside = await screen.findByRole('complementary', { name: 'France' });
    expect(within(aside).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(aside.querySelector('img')).toBeNull();
  });
});
