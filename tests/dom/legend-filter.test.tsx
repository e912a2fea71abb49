import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../support/render-app';
import { realCountries } from '../support/fixtures';
import { positionAt } from '@/datasets/dataset';

const latestOf = (type: string) =>
  realCountries.countries.filter((c) => positionAt(c, null)?.type === type).map((c) => c.iso3);
/** Ukraine and Russia, from the data: kept (muted) under any filter. */
const references = [...latestOf('recipient'), ...latestOf('opposed')];

const legend = () => screen.findByRole('region', { name: 'Commitment type' });
const list = () => screen.getByRole('navigation', { name: 'Countries' });

describe('the legend is the filter', () => {
  it('has one toggle per type with its count', async () => {
    renderApp('/');
    const l = within(await legend());
    const troops = l.getByRole('button', { name: /Troops in or over Ukraine/ });
    expect(troops).toHaveAttribute('aria-pressed', 'false');
    expect(
      within(troops).getByLabelText(`${latestOf('troops').length} countries`),
    ).toBeInTheDocument();
    expect(l.getByRole('button', { name: /Russia \(opposed\)/ })).toHaveTextContent('1');
  });

  it('shows only the pressed type on the map and in the list, then Show all resets', async () => {
    const user = userEvent.setup();
    const { map } = renderApp('/');
    const l = within(await legend());
    await user.click(l.getByRole('button', { name: /Support from outside Ukraine/ }));
    expect(l.getByRole('button', { name: /Support from outside Ukraine/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(window.location.search).toBe('?types=outside');

    const outside = latestOf('outside');
    await waitFor(() => {
      const [dimmed, muted] = map.setDimmed.mock.lastCall!;
      expect(dimmed).not.toContain(outside[0]);
      expect(dimmed).toContain('FRA');
      expect(references.length).toBeGreaterThan(0);
      for (const iso3 of references) expect(dimmed).not.toContain(iso3);
      expect([...muted!].sort()).toEqual([...references].sort());
      expect(dimmed.length).toBe(
        realCountries.countries.length - outside.length - references.length,
      );
    });
    const items = within(list())
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(items).toContain('Poland');
    expect(items).not.toContain('France');

    await user.click(l.getByRole('button', { name: 'Show all' }));
    await waitFor(() => expect(map.setDimmed).toHaveBeenLastCalledWith([], []));
    expect(within(list()).getByRole('button', { name: 'France' })).toBeInTheDocument();
  });

  it('deselects a country whose type gets hidden', async () => {
    const user = userEvent.setup();
    renderApp('/?country=FRA');
    await screen.findByRole('complementary', { name: 'France' });
    await user.click(
      within(await legend()).getByRole('button', { name: /Support from outside Ukraine/ }),
    );
    await waitFor(() => expect(screen.queryByRole('complementary')).not.toBeInTheDocument());
  });

  it('reads the filter from ?types= and ignores unknown ids with a notice', async () => {
    renderApp('/?types=troops,bogus');
    const l = within(await legend());
    expect(l.getByRole('button', { name: /Troops in or over Ukraine/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByText(/Ignored unknown type "bogus"/)).toBeInTheDocument();
  });
});

describe('the legend explains the grey', () => {
  it('has a "no position recorded" key that is not a filter button', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const l = within(await legend());
    const key = l.getByText('No position recorded');
    expect(key.closest('button')).toBeNull();
    expect(l.queryByRole('button', { name: /No position recorded/ })).toBeNull();
    // Under a filter the grey also means "left out", and the key says so.
    await user.click(l.getByRole('button', { name: /Support from outside Ukraine/ }));
    expect(l.getByText(/No position recorded, or left out by the filter/)).toBeInTheDocument();
  });

  it('keeps Ukraine and Russia selectable under a filter that leaves them out', async () => {
    const user = userEvent.setup();
    const { map } = renderApp('/?types=troops');
    await within(await legend()).findByRole('button', { name: /Troops in or over Ukraine/ });
    await waitFor(() => expect(map.setDimmed).toHaveBeenCalled());
    act(() => map.emitCountryClick(references[0]!));
    expect(await screen.findByRole('complementary')).toBeInTheDocument();
    await user.keyboard('{Escape}');
  });
});
