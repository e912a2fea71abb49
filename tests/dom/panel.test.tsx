import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../support/render-app';
import { realCoalition, realCountries } from '../support/fixtures';
import { formatDate, formatShortDate } from '@/datasets/vocabulary';
import { typeAt } from '@/datasets/dataset';
import { PALETTE } from '@/theme/palette';

const panel = () => screen.findByRole('complementary', { name: 'France' });

describe('the side panel', () => {
  it('shows France: type, summary, conditions, confidence, leaders, quotes and sources', async () => {
    renderApp('/?country=FRA');
    const aside = await panel();
    const p = within(aside);
    // Opened from a link: focus stays at the page start (it moves only on a user's choice).
    expect(p.getByRole('heading', { level: 2, name: 'France' })).not.toHaveFocus();
    expect(p.getByText('Troops in or over Ukraine')).toBeInTheDocument();
    const france = realCountries.countries.find((c) => c.iso3 === 'FRA')!;
    expect(p.getByText(`As of ${formatDate(france.positions.at(-1)!.asOf)}`)).toBeInTheDocument();
    expect(p.getByRole('heading', { name: 'Stated conditions' })).toBeInTheDocument();
    expect(p.getByText(/^Official: the government or leader said it/)).toBeInTheDocument();
    const leaders = p.getByRole('heading', { name: 'Leaders' }).nextElementSibling as HTMLElement;
    expect(within(leaders).getByRole('listitem')).toHaveTextContent('Emmanuel Macron, President');
    // The headline quote, verbatim, with its speaker, date and a working source link.
    const headline = france.quotes.find((q) => q.id === realCoalition.summit.headlineQuoteId)!;
    const quote = p.getByText(headline.text);
    const figure = quote.closest('figure')!;
    expect(
      within(figure).getByText(/Emmanuel Macron, President of France, 4 September 2025/),
    ).toBeInTheDocument();
    const links = within(figure).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(a).toHaveAttribute('href', expect.stringMatching(/^https:\/\//));
  });

  it('shows a French quote in French with its English translation', async () => {
    renderApp('/?country=FRA');
    const p = within(await panel());
    const original = p.getByText(/Ce ne sont pas des forces qu'on engage au combat/);
    expect(original.closest('blockquote')).toHaveAttribute('lang', 'fr');
    const figure = original.closest('figure')!;
    expect(within(figure).getByText('Original in French.')).toBeInTheDocument();
    expect(within(figure).getByText(/English translation/)).toBeInTheDocument();
  });

  it('labels a flagged source (Russian state media) where it is cited', async () => {
    renderApp('/?country=JPN');
    const aside = await screen.findByRole('complementary', { name: 'Japan' });
    expect(within(aside).getAllByText('Russian state media').length).toBeGreaterThan(0);
  });

  it('shows the position as of the Paris summit when the date is chosen', async () => {
    renderApp('/?country=DEU&date=2025-09-04');
    const aside = await screen.findByRole('complementary', { name: 'Germany' });
    const germany = realCountries.countries.find((c) => c.iso3 === 'DEU')!;
    const type = typeAt(germany, '2025-09-04')!;
    expect(within(aside).getByText(PALETTE[type].label)).toBeInTheDocument();
    expect(within(aside).getByText(/^As of 4 September 2025$/)).toBeInTheDocument();
  });

  it('says so when a source does not name the language a translated quote was spoken in', async () => {
    const lux = realCountries.countries.find((c) => c.iso3 === 'LUX')!;
    const unknown = lux.quotes.filter((q) => q.spokenIn === 'und');
    expect(unknown.length).toBeGreaterThan(0);
    renderApp('/?country=LUX');
    const aside = await screen.findByRole('complementary', { name: lux.name });
    expect(
      within(aside).getAllByText(/the source does not say in which language it was said/),
    ).toHaveLength(unknown.length);
  });

  it('says plainly when a country is not in the coalition data', async () => {
    renderApp('/?country=CHE');
    const aside = await screen.findByRole('complementary', { name: 'Switzerland' });
    expect(within(aside).getByText(/is not part of the coalition data/)).toBeInTheDocument();
  });

  it('closes with the close button and with Escape', async () => {
    const user = userEvent.setup();
    renderApp('/?country=FRA');
    await user.click(within(await panel()).getByRole('button', { name: 'Close panel' }));
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    expect(window.location.search).toBe('');

    await user.click(await screen.findByRole('button', { name: 'Italy' }));
    expect(await screen.findByRole('complementary', { name: 'Italy' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('complementary')).not.toBeInTheDocument());
  });

  it('replaces the content and moves focus when another country is chosen', async () => {
    const user = userEvent.setup();
    const { map } = renderApp('/?country=FRA');
    await panel();
    await user.click(screen.getByRole('button', { name: 'Poland' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Poland' });
    await waitFor(() => expect(heading).toHaveFocus()); // a frame after the panel paints
    expect(screen.queryByRole('complementary', { name: 'France' })).not.toBeInTheDocument();
    await waitFor(() => expect(map.setSelected).toHaveBeenLastCalledWith('POL'));
  });
});

describe('the record’s date', () => {
  afterEach(() => vi.useRealTimers());

  it('shows the review date in the date switch, and in the header only once it is old', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const reviewed = realCoalition.reviewedUpTo;
    const [y, m] = reviewed.split('-').map(Number) as [number, number];
    vi.setSystemTime(new Date(Date.UTC(y, m + 6, 15))); // seven months on
    renderApp('/');
    // In the header (a phone shows the same headline in the legend's drawer: sidebar.tsx).
    expect(
      await within(screen.getByRole('banner')).findByText(
        new RegExp(`Positions recorded up to ${formatDate(reviewed)}: later changes may be`),
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('option', { name: `Latest known (to ${formatShortDate(reviewed)})` }),
    ).toBeInTheDocument();
  });

  it('says nothing in the header while the record is recent', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${realCoalition.reviewedUpTo}T12:00:00Z`));
    renderApp('/');
    await screen.findByRole('option', { name: /^Latest known/ });
    expect(screen.queryByText(/later changes may be missing/)).not.toBeInTheDocument();
  });
});
