import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../support/render-app';
import { realCoalition } from '../support/fixtures';

const list = () => screen.findByRole('navigation', { name: 'Countries' });

describe('keyboard and screen reader', () => {
  it('the country list is one Tab stop; arrows, Home and End move inside it', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const nav = within(await list());
    const buttons = nav.getAllByRole('button');
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    buttons[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(buttons[1]).toHaveFocus();
    expect(buttons[1]).toHaveAttribute('tabindex', '0');
    expect(buttons[0]).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{End}');
    expect(buttons.at(-1)).toHaveFocus();
    await user.keyboard('{Home}{ArrowUp}');
    expect(buttons[0]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByRole('complementary', { name: buttons[0]!.textContent! }),
    ).toBeInTheDocument();
  });

  it('announces a choice politely: name, type and first condition', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const nav = within(await list());
    const status = screen.getByTestId('selection-announcer');
    expect(status).toHaveAttribute('aria-live', 'polite');
    await user.click(nav.getByRole('button', { name: 'Germany' }));
    expect(status).toHaveTextContent(
      /^Germany: Support from outside Ukraine\. First condition: A strong, legally binding US security guarantee/,
    );
  });

  it('the map region has a name, a summary with counts, and arrow keys move the focus', async () => {
    const user = userEvent.setup();
    const { map } = renderApp('/?country=FRA');
    const region = await screen.findByRole('application', { name: 'Map of commitments' });
    await waitFor(() => expect(map.setData).toHaveBeenCalled());
    expect(region).toHaveAccessibleDescription(
      new RegExp(
        `${realCoalition.summit.committedCount} countries formally committed.*Troops in or over Ukraine: \\d+`,
      ),
    );
    act(() => region.focus());
    await waitFor(() => expect(map.setFocused).toHaveBeenLastCalledWith('FRA'));
    await user.keyboard('{ArrowRight}');
    // In the three-square test world, Germany is the only country to the right of France.
    await waitFor(() => expect(map.setFocused).toHaveBeenLastCalledWith('DEU'));
    await user.keyboard('{Enter}');
    const panel = await screen.findByRole('complementary', { name: 'Germany' });
    // Choosing moves focus to the panel heading (a frame after the panel paints); back to the map.
    await waitFor(() => expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus());
    act(() => region.focus());
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}+-');
    expect(map.panBy).toHaveBeenCalledWith(0, 120);
    expect(map.zoomBy.mock.calls).toEqual([[1], [-1]]);
  });

  it('the skip link leads to the country list', async () => {
    renderApp('/');
    await list();
    const skip = screen.getByRole('link', { name: 'Skip to the country list' });
    expect(skip).toHaveAttribute('href', '#country-list');
    expect(document.getElementById('country-list')).toHaveAttribute('tabindex', '-1');
  });
});

describe('the table view', () => {
  it('is a real table, sortable, with the sort state announced', async () => {
    const user = userEvent.setup();
    renderApp('/?view=table&types=troops');
    const table = await screen.findByRole('table');
    const rows = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('rowheader')[0]!.textContent);
    expect(rows()).toEqual([...rows()].sort((a, b) => a!.localeCompare(b!, 'en')));
    const country = within(table).getByRole('columnheader', { name: /Country/ });
    expect(country).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(country).getByRole('button'));
    expect(country).toHaveAttribute('aria-sort', 'descending');
    expect(rows()[0]).toBe('United Kingdom');
    await user.click(within(table).getByRole('button', { name: /Confidence/ }));
    expect(within(table).getByRole('columnheader', { name: /Confidence/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(country).not.toHaveAttribute('aria-sort');
    expect(screen.getByRole('application', { hidden: true }).closest('[inert]')).not.toBeNull();
  });

  it('opens a country’s panel from its row', async () => {
    const user = userEvent.setup();
    renderApp('/?view=table');
    const table = await screen.findByRole('table');
    await user.click(within(table).getByRole('button', { name: 'Italy' }));
    expect(await screen.findByRole('complementary', { name: 'Italy' })).toBeInTheDocument();
  });
});
