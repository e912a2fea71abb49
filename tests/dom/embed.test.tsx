/**
 * Issue 16, embed: `?embed=1` is the compact view (a title line with a link to the full view,
 * the map, the legend, the panel; no header chrome), and "Copy embed code" copies an <iframe>
 * of the view on screen, showing it too in case the clipboard is refused.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../support/render-app';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.documentElement.className = '';
});

describe('the embedded view', () => {
  it('has a title line and a link to the same view in a new tab, not the header', async () => {
    renderApp('/?embed=1&country=FRA&types=troops');
    await screen.findByRole('heading', { level: 2, name: /France/ });
    expect(document.documentElement).toHaveClass('embed-mode');
    expect(screen.queryByRole('heading', { level: 1, name: 'Coalition Map' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Classroom tools' })).toBeNull();
    const open = screen.getByRole('link', { name: /Open in Coalition Map/ });
    expect(open).toHaveAttribute('target', '_blank');
    expect(open.getAttribute('rel')).toContain('noopener');
    const href = new URL(open.getAttribute('href')!, window.location.href);
    expect(href.searchParams.get('embed')).toBeNull();
    expect(href.searchParams.get('country')).toBe('FRA');
    expect(href.searchParams.get('types')).toBe('troops');
    // The legend is the filter, with its counts.
    expect(screen.getByRole('region', { name: 'Commitment type' })).toBeInTheDocument();
  });
});

describe('Copy embed code', () => {
  it('copies an iframe of this view and shows it', async () => {
    const user = userEvent.setup();
    renderApp('/?country=FRA');
    await screen.findByRole('heading', { level: 2, name: /France/ });
    await user.click(screen.getByRole('button', { name: 'Classroom tools' }));
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(await screen.findByText('Embed code copied.')).toHaveAttribute('role', 'status');
    const code = await navigator.clipboard.readText();
    expect(code).toMatch(/<iframe src="[^"]*\?country=FRA&amp;embed=1"/);
    expect(screen.getByRole('textbox', { name: 'Embed code' })).toHaveValue(code);
  });

  it('shows the code to select by hand when the clipboard is refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Classroom tools' }));
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    await screen.findByText(/did not allow copying: select the code below/);
    const box = screen.getByRole('textbox', { name: 'Embed code' });
    expect((box as HTMLTextAreaElement).value).toMatch(/^<div style="[^"]*aspect-ratio/);
    expect(within(box.parentElement!).getByText('Embed code')).toBeInTheDocument();
  });
});
