/**
 * The views area in German and Ukrainian (issue 15): the table, About, the display options, the
 * classroom tools and the printed handout say their words from the reader's catalogue, and
 * none of the area's English messages is left on screen. Expected words come from the
 * catalogues, never typed in.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCatalogue } from '@/i18n/catalogues';
import type { Lang } from '@/i18n/langs';
import type { MessageId } from '@/i18n/messages';
import { views } from '@/i18n/en/views';
import { CATALOGUES, intlFor } from '../support/say';
import { mapInCharge, renderApp } from '../support/render-app';

const say = (lang: Lang, id: MessageId, values?: Record<string, string | number>) =>
  intlFor(lang).formatMessage({ id }, values);

/**
 * The area's English messages that read differently in `lang` and have no placeholders (a
 * message with values is checked by what it says, above). Short words ("Type", "Note") are
 * left out: the record's own English (source titles) may hold them.
 */
const englishOnly = (lang: Lang) => [
  ...new Set(
    (Object.entries(views) as [MessageId, string][])
      .filter(
        ([id, text]) => !text.includes('{') && text.length >= 12 && CATALOGUES[lang][id] !== text,
      )
      .map(([, text]) => text),
  ),
];

/** Checked inside the area's own parts (the header and legend belong to other areas). */
function expectNoEnglish(lang: Lang, ...parts: (Element | null)[]) {
  expect(parts.every(Boolean)).toBe(true);
  const body = parts.map((p) => p!.textContent).join('\n');
  const left = englishOnly(lang).filter((text) => body.includes(text));
  expect(left).toEqual([]);
}

beforeAll(async () => {
  await Promise.all([loadCatalogue('de'), loadCatalogue('uk')]);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(['de', 'uk'] as const)('the views in %s', (lang) => {
  const c = CATALOGUES[lang];

  it('shows the table with its headings, caption, type labels and download', async () => {
    renderApp(`/?view=table&lang=${lang}`);
    const heading = await screen.findByRole('heading', { level: 2, name: c['views.table.title'] });
    const table = within(heading.closest('section')!).getByRole('table');
    for (const id of ['views.table.country', 'views.table.type', 'views.table.confidence'] as const)
      expect(within(table).getByRole('columnheader', { name: new RegExp(c[id]) })).toBeTruthy();
    expect(
      within(table).getByRole('columnheader', { name: c['views.table.sources'] }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: c['views.table.download'] })).toBeTruthy();
    expect(table.querySelector('caption')!.textContent).toContain(c['views.table.latest']);
    expect(within(table).getAllByText(c['type.troops']).length).toBeGreaterThan(0);
    expect(
      within(table).getAllByText(say(lang, 'views.confidenceLevel', { level: 'official' })).length,
    ).toBeGreaterThan(0);
    // Country names in the reader's language (the platform's), sorted by its alphabet.
    const ukraine = new Intl.DisplayNames([lang], { type: 'region' }).of('UA')!;
    expect(within(table).getByRole('button', { name: ukraine })).toBeTruthy();
    expectNoEnglish(lang, heading.closest('section'));
  });

  it('shows About with a Languages section: English is the reference, the interface a machine translation', async () => {
    renderApp(`/?view=about&lang=${lang}`);
    await screen.findByRole('heading', { level: 2, name: c['views.about.title'] });
    const languages = screen.getByRole('heading', { level: 3, name: c['views.about.languages'] });
    const section = languages.closest('section')!;
    expect(section).toHaveTextContent(c['views.about.interfaceTranslated']);
    for (const id of [
      'views.about.method',
      'views.about.categories',
      'views.about.confidenceLevels',
      'views.about.claims',
      'views.about.timeline',
      'views.about.licences',
    ] as const)
      expect(screen.getByRole('heading', { level: 3, name: c[id] })).toBeTruthy();
    await screen.findByRole('heading', { level: 3, name: c['views.about.corrections'] });
    expect(screen.getByRole('columnheader', { name: c['views.about.verdict'] })).toBeTruthy();
    expect(screen.getAllByText(c['type.backstop']).length).toBeGreaterThan(0);
    await waitFor(() => expect(document.body.textContent).toContain(c['views.about.before']));
    expectNoEnglish(lang, document.querySelector('article.about'));
  });

  it('names the classroom tools, display options and export buttons', async () => {
    const user = userEvent.setup();
    renderApp(`/?lang=${lang}`);
    const tools = await screen.findByRole('button', { name: c['views.classroomTools'] });
    await user.click(tools);
    expect(
      await screen.findByRole('button', { name: c['views.export.downloadImage'] }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: c['views.export.printHandout'] })).toBeTruthy();
    expect(screen.getByRole('button', { name: c['views.display.projector'] })).toBeTruthy();
    expect(screen.getByRole('group', { name: c['views.display.legend'] })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: c['views.display.theme'] })).toBeTruthy();
    expect(screen.getByRole('option', { name: c['views.display.themeSystem'] })).toBeTruthy();
    expectNoEnglish(
      lang,
      document.querySelector('.classroom-tools'),
      document.querySelector('.display-options'),
    );
  });
});

describe('the printed handout in another language', () => {
  it('is in German and its QR link carries lang=de', async () => {
    const { map } = renderApp('/?lang=de');
    await mapInCharge(map);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    const handout = document.querySelector<HTMLElement>('.handout')!;
    const de = CATALOGUES.de;
    expect(handout.getAttribute('aria-label')).toBe(de['views.handout.label']);
    expect(handout.querySelector('h1')!.textContent).toBe(de['views.export.title']);
    const heads = [...handout.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(heads).toEqual(
      (
        [
          'views.handout.country',
          'views.handout.type',
          'views.handout.mainCondition',
          'views.handout.words',
          'views.handout.source',
          'views.handout.asOf',
        ] as const
      ).map((id) => de[id]),
    );
    expect(handout.querySelector('svg.qr-code')!.getAttribute('aria-label')).toBe(
      de['views.handout.qr'],
    );
    expect(handout.querySelector('.handout-link')!.textContent).toMatch(/[?&]lang=de\b/);
    expectNoEnglish('de', handout);
    act(() => void window.dispatchEvent(new Event('afterprint')));
  });

  it('carries a language the browser chose (no lang= in the address) in its link', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['uk-UA', 'en']);
    const { map } = renderApp('/');
    await mapInCharge(map);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    const handout = document.querySelector<HTMLElement>('.handout')!;
    await waitFor(() =>
      expect(handout.querySelector('h1')!.textContent).toBe(CATALOGUES.uk['views.export.title']),
    );
    expect(handout.querySelector('.handout-link')!.textContent).toMatch(/[?&]lang=uk\b/);
    act(() => void window.dispatchEvent(new Event('afterprint')));
  });
});
