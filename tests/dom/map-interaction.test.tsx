import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../support/render-app';

describe('the map and the store', () => {
  it('gives the map the joined data with each country’s type', async () => {
    const { map } = renderApp('/');
    await waitFor(() => expect(map.setData).toHaveBeenCalled());
    const data = map.setData.mock.lastCall![0];
    const fra = data.countries.features.find((f) => f.properties.iso3 === 'FRA');
    const che = data.countries.features.find((f) => f.properties.iso3 === 'CHE');
    expect(fra?.properties.type).toBe('troops');
    expect(che?.properties.type).toBeUndefined();
  });

  it('sends the data to the map once: a map click, a list choice and a view switch re-send nothing', async () => {
    const user = userEvent.setup();
    const { map } = renderApp('/');
    await waitFor(() => expect(map.setData).toHaveBeenCalled());
    await waitFor(() => expect(map.setSelected).toHaveBeenCalled());
    const [data = 0, dimmed = 0, highlighted = 0] = [
      map.setData,
      map.setDimmed,
      map.setHighlighted,
    ].map((f) => f.mock.calls.length);
    act(() => map.emitCountryClick('DEU'));
    await screen.findByRole('complementary', { name: 'Germany' });
    const nav = await screen.findByRole('navigation', { name: 'Countries' });
    await user.click(within(nav).getByRole('button', { name: 'France' }));
    await screen.findByRole('complementary', { name: 'France' });
    await user.click(screen.getByRole('button', { name: /table/i }));
    await screen.findByRole('table');
    expect(data).toBe(1);
    expect(map.setData).toHaveBeenCalledTimes(1);
    expect(map.setDimmed).toHaveBeenCalledTimes(dimmed);
    expect(map.setHighlighted).toHaveBeenCalledTimes(highlighted);
  });

  it('moves the camera to a chosen country once per choice', async () => {
    const user = userEvent.setup();
    const { map } = renderApp('/');
    await waitFor(() => expect(map.setSelected).toHaveBeenCalled());
    const nav = await screen.findByRole('navigation', { name: 'Countries' });
    await user.click(within(nav).getByRole('button', { name: 'France' }));
    await waitFor(() => expect(map.revealCountry).toHaveBeenCalledWith('FRA'));
    await new Promise((r) => setTimeout(r, 50));
    expect(map.revealCountry.mock.calls.filter(([iso3]) => iso3 === 'FRA')).toHaveLength(1);
  });

  it('opens the panel of a clicked country and closes it on a click on the sea', async () => {
    const { map } = renderApp('/');
    await waitFor(() => expect(map.setData).toHaveBeenCalled());
    act(() => map.emitCountryClick('DEU'));
    expect(await screen.findByRole('complementary', { name: 'Germany' })).toBeInTheDocument();
    expect(window.location.search).toBe('?country=DEU');
    act(() => map.emitCountryClick(null));
    await waitFor(() => expect(screen.queryByRole('complementary')).not.toBeInTheDocument());
  });

  it('paints the panel first and outlines the country on the map a frame later', async () => {
    const { map } = renderApp('/');
    await waitFor(() => expect(map.setData).toHaveBeenCalled());
    await waitFor(() => expect(map.setSelected).toHaveBeenCalled());
    map.setSelected.mockClear();
    act(() => map.emitCountryClick('DEU'));
    expect(screen.getByRole('complementary', { name: 'Germany' })).toBeInTheDocument();
    expect(map.setSelected).not.toHaveBeenCalled();
    await waitFor(() => expect(map.setSelected).toHaveBeenLastCalledWith('DEU'));
  });

  it('drops a pending map selection when another country is chosen first', async () => {
    const { map } = renderApp('/');
    await waitFor(() => expect(map.setData).toHaveBeenCalled());
    await waitFor(() => expect(map.setSelected).toHaveBeenCalled());
    map.setSelected.mockClear();
    act(() => map.emitCountryClick('DEU'));
    act(() => map.emitCountryClick('FRA'));
    await waitFor(() => expect(map.setSelected).toHaveBeenLastCalledWith('FRA'));
    expect(map.setSelected).not.toHaveBeenCalledWith('DEU');
  });

  it('shows a tooltip with name and type on hover, also for countries outside the data', async () => {
    const { map } = renderApp('/');
    await waitFor(() => expect(map.setData).toHaveBeenCalled());
    act(() => map.emitHover({ iso3: 'CHE', name: 'Switzerland', x: 10, y: 10 }));
    expect(screen.getByText('Switzerland')).toBeInTheDocument();
    expect(screen.getByText('Not in the coalition data')).toBeInTheDocument();
    act(() => map.emitHover({ iso3: 'FRA', name: 'France', type: 'troops', x: 10, y: 10 }));
    expect(screen.getAllByText('Troops in or over Ukraine').length).toBeGreaterThan(1);
  });

  it('writes the settled camera into the hash with replaceState', async () => {
    const { map } = renderApp('/?country=FRA');
    await waitFor(() => expect(map.setData).toHaveBeenCalled());
    const before = window.history.length;
    act(() => map.emitMoveEnd({ zoom: 4.5, lat: 48.12346, lon: 2.5 }));
    expect(window.location.hash).toBe('#map=4.5/48.1235/2.5');
    expect(window.location.search).toBe('?country=FRA');
    expect(window.history.length).toBe(before);
  });

  it('keeps the map under About, out of reach while hidden, and brings the same one back', async () => {
    const user = userEvent.setup();
    const { map } = renderApp('/');
    await waitFor(() => expect(map.setData).toHaveBeenCalled());
    const mapRegion = () => screen.queryByRole('application', { name: 'Map of commitments' });
    expect(mapRegion()).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'About the data' }));
    await screen.findByRole('heading', { level: 2, name: 'About the data' });
    expect(mapRegion()).toBeNull(); // hidden: not in the accessibility tree
    expect(screen.getByTestId('map-canvas').closest('[hidden]')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: '← Back to the map' }));
    expect(mapRegion()).toBeInTheDocument();
    expect(map.destroy).not.toHaveBeenCalled();
  });

  it('destroys the map when the app unmounts', async () => {
    const { map, unmount } = renderApp('/');
    await waitFor(() => expect(map.setData).toHaveBeenCalled());
    unmount();
    expect(map.destroy).toHaveBeenCalledTimes(1);
  });
});
