/** The About view's corrections log: found by role and name, newest first, sources as links. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatDate } from '@/datasets/vocabulary';
import { newestFirst } from '@/features/about/about-corrections';
import { realCorrections } from '../support/fixtures';
import { renderApp } from '../support/render-app';

describe('About view: corrections', () => {
  it('lists every correction from the log, newest first, with its sources as links', async () => {
    renderApp('/?view=about');
    const heading = await screen.findByRole('heading', { level: 3, name: 'Corrections' });
    const section = heading.closest('section')!;
    const items = await within(section).findAllByRole('listitem');
    const expected = newestFirst(realCorrections.corrections);
    expect(items).toHaveLength(expected.length);
    expect(items[0]).toHaveTextContent(`${formatDate(expected[0]!.date)}: ${expected[0]!.subject}`);
    const cited = expected.flatMap((c) => c.sources);
    expect(within(section).getAllByRole('link').length).toBe(cited.length);
  });

  it('orders by date, newest first, keeping the log order within a day', () => {
    const a = { ...realCorrections.corrections[0]!, id: 'a', date: '2026-01-01' };
    const b = { ...a, id: 'b', date: '2026-02-01' };
    const c = { ...a, id: 'c', date: '2026-02-01' };
    expect(newestFirst([a, b, c]).map((x) => x.id)).toEqual(['b', 'c', 'a']);
  });
});
