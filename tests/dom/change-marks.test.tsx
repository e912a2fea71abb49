import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../support/render-app';
import { realCoalition, realCountries } from '../support/fixtures';
import { changesBetween } from '@/datasets/changes';
import { dateOptions } from '@/datasets/date-options';
import { snapshotDates } from '@/datasets/dataset';
import { formatDate } from '@/datasets/vocabulary';
import type { Country } from '@/datasets/schemas';

// In the app's order: by name, as the dataset sorts them.
const countries = [...(realCountries.countries as Country[])].sort((a, b) =>
  a.name.localeCompare(b.name, 'en'),
);
const options = dateOptions(countries, realCoalition.timeline, realCoalition.summit.date);
const first = options[0]!;
const dateSwitch = () => screen.findByRole('combobox', { name: 'Positions as of' });
const marks = (name: RegExp) => screen.findByRole('region', { name });

describe('change marks between dates', () => {
  it('names each date by its event and merges the days of one event', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const select = await dateSwitch();
    expect(within(select).getAllByRole('option')).toHaveLength(options.length + 1);
    for (const o of options.filter((x) => x.event)) {
      const group = within(select).getByRole('group', { name: o.event });
      expect(within(group).getByRole('option')).toHaveValue(o.value);
    }
    await user.selectOptions(select, first.value);
    expect(select).toHaveAccessibleDescription(first.event!);
    expect(first.first).not.toBe(first.last); // the summit's reactions are one option
  });

  it('moving between dates outlines and lists what changed; a row opens its panel', async () => {
    const user = userEvent.setup();
    const { map } = renderApp('/');
    await user.selectOptions(await dateSwitch(), first.value);
    const expected = changesBetween(countries, first.value, null);
    expect(expected.length).toBeGreaterThan(0);

    const region = within(await marks(/^Changed from .* to the latest known/));
    const rows = region.getAllByRole('button', { name: /→/ });
    expect(rows.map((r) => r.textContent)).toEqual(
      expected.map((c) => expect.stringContaining(c.name) as unknown as string),
    );
    expect(window.location.search).toBe(`?date=${first.value}&compare=latest`);
    await waitFor(() =>
      expect([...map.setHighlighted.mock.lastCall![0]].sort()).toEqual(
        expected.map((c) => c.iso3).sort(),
      ),
    );

    const one = expected[0]!;
    await user.click(region.getByRole('button', { name: new RegExp(one.name) }));
    expect(await screen.findByRole('complementary', { name: one.name })).toBeInTheDocument();
  });

  it('a ?compare= link shows the comparison; Hide removes marks and the parameter', async () => {
    const user = userEvent.setup();
    const later = options[options.length - 1]!.value;
    const { map } = renderApp(`/?date=${later}&compare=${first.value}`);
    const region = within(await marks(/^Changed since /));
    const expected = changesBetween(countries, first.value, later);
    expect(region.getAllByRole('button', { name: /→/ })).toHaveLength(expected.length);
    await user.click(region.getByRole('button', { name: 'Hide' }));
    expect(screen.queryByRole('region', { name: /^Changed/ })).not.toBeInTheDocument();
    expect(window.location.search).toBe(`?date=${later}`);
    await waitFor(() => expect(map.setHighlighted.mock.lastCall![0]).toEqual([]));
  });

  it('a date before the first recorded position says so on the map', async () => {
    const firstDay = snapshotDates(countries)[0]!;
    renderApp('/?date=2020-01-01');
    expect(
      await screen.findByText(
        `No positions recorded before ${formatDate(firstDay)}: choose a later date.`,
      ),
    ).toBeInTheDocument();
  });
});
