import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mapInCharge, renderApp } from '../support/render-app';
import { realCountries, tinyLabels } from '../support/fixtures';

/** jsdom lays nothing out: the map's container gets a size, everything else keeps 0. */
const MAP_SIZE = { clientWidth: 800, clientHeight: 600 };
const saved = Object.keys(MAP_SIZE).map(
  (k) => [k, Object.getOwnPropertyDescriptor(HTMLElement.prototype, k)] as const,
);
beforeEach(() => {
  for (const [k, v] of Object.entries(MAP_SIZE))
    Object.defineProperty(HTMLElement.prototype, k, {
      configurable: true,
      get(this: HTMLElement) {
        return this.dataset.testid === 'map-canvas' ? v : 0;
      },
    });
});
afterEach(() => {
  for (const [k, d] of saved) if (d) Object.defineProperty(HTMLElement.prototype, k, d);
});

const edge = () => screen.findByRole('navigation', { name: 'Countries outside the view' });
const labelOf = (iso3: string) =>
  tinyLabels.features.find((f) => f.properties.iso3 === iso3)!.geometry.coordinates;

describe('the record’s countries outside the view', () => {
  it('lists them at the map’s edge, each a button that brings it into view, and Show all', async () => {
    const user = userEvent.setup();
    const { map } = renderApp('/');
    await screen.findByRole('region', { name: 'Commitment type' });
    await mapInCharge(map);
    // Close in on France: Germany's label point (8° east) is beyond the 400 px half-width.
    const [lon, lat] = labelOf('FRA');
    act(() => map.emitMoveEnd({ zoom: 6, lat: lat!, lon: lon! }));
    const nav = within(await edge());
    expect(nav.getByText('1 more:')).toBeInTheDocument();
    await user.click(nav.getByRole('button', { name: 'Germany' }));
    expect(map.revealCountry).toHaveBeenLastCalledWith(['DEU']);

    const all = nav.getByRole('button', { name: `Show all ${realCountries.countries.length}` });
    await user.click(all);
    // Every country of the record that has a label point (the fixture's world has two).
    expect(map.revealCountry).toHaveBeenLastCalledWith(['FRA', 'DEU']);
  });

  it('says nothing once every country of the record is in view', async () => {
    const { map } = renderApp('/');
    await screen.findByRole('region', { name: 'Commitment type' });
    await mapInCharge(map);
    const [lon, lat] = labelOf('FRA');
    act(() => map.emitMoveEnd({ zoom: 6, lat: lat!, lon: lon! }));
    await edge();
    act(() => map.emitMoveEnd({ zoom: 3, lat: 49, lon: 6 }));
    expect(
      screen.queryByRole('navigation', { name: 'Countries outside the view' }),
    ).not.toBeInTheDocument();
  });
});
