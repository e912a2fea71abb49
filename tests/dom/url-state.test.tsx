import { describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../support/render-app';

describe('the URL is the view', () => {
  it('opens the country from ?country= in any case', async () => {
    renderApp('/?country=ita');
    expect(await screen.findByRole('complementary', { name: 'Italy' })).toBeInTheDocument();
  });

  it('shows a small notice for malformed values and still works', async () => {
    renderApp('/?country=<script>&date=yesterday#map=abc');
    expect(await screen.findByText(/Ignored country="<script>"/)).toBeInTheDocument();
    expect(screen.getByText(/Ignored date="yesterday"/)).toBeInTheDocument();
    expect(screen.getByText(/Ignored the map position/)).toBeInTheDocument();
    expect(await screen.findByRole('navigation', { name: 'Countries' })).toBeInTheDocument();
  });

  it('drops a well-formed code that names no country, with a notice', async () => {
    renderApp('/?country=XYZ');
    expect(
      await screen.findByText(/Ignored country=XYZ: no country has that ISO code/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });

  it('pushes a history entry per selection so Back returns to the previous country', async () => {
    const user = userEvent.setup();
    renderApp('/?country=FRA');
    await screen.findByRole('complementary', { name: 'France' });
    await user.click(screen.getByRole('button', { name: 'Poland' }));
    expect(window.location.search).toBe('?country=POL');
    window.history.back();
    await waitFor(() => expect(window.location.search).toBe('?country=FRA'));
    act(() => void window.dispatchEvent(new PopStateEvent('popstate')));
    expect(await screen.findByRole('complementary', { name: 'France' })).toBeInTheDocument();
  });

  it('opens the About view from ?view=about, rendered from the data', async () => {
    renderApp('/?view=about');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'About the data' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Sources \(\d+\)$/ })).toBeInTheDocument();
    expect(screen.getByText('Not found in any source')).toBeInTheDocument();
  });
});
