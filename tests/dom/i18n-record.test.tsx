/**
 * The country panel in German and Ukrainian (issue 15): its own words come from the catalogue,
 * none of the panel's English messages is left on screen, quotes carry `lang` and show the
 * translation the reader needs (theirs, else the English, labelled), and one switch shows the
 * record's English reference text.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IntlProvider } from 'react-intl';
import { renderApp, stubFetch } from '../support/render-app';
import deRecord from '../../data/i18n/de/record.json';
import { App } from '@/app/app';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { storeFromUrl } from '@/app/initial-state';
import { createFakeMap } from '../support/fake-map-adapter';
import { recordTranslationUrl } from '@/datasets/urls';
import { CATALOGUES, intlFor } from '../support/say';
import { realCoalition, realCountries, realSources } from '../support/fixtures';
import { loadCatalogue } from '@/i18n/catalogues';
import { formatterFor } from '@/i18n/format';
import { intlLocale, type Lang } from '@/i18n/langs';
import type { MessageId, MessageValues } from '@/i18n/messages';
import { record as enRecord } from '@/i18n/en/record';
import { buildDataset } from '@/datasets/dataset';
import { noteOrigin } from '@/datasets/record-origin';
import type { Quote } from '@/datasets/schemas';
import { RecordEnglishContext } from '@/components/record-text';
import { QuoteCard, shownTranslation } from '@/features/panel/quote-card';
import { selectionMessage } from '@/features/panel/selection-announcer';

const say = (lang: Lang, id: MessageId, values?: MessageValues) =>
  intlFor(lang).formatMessage({ id }, values);
const country = (iso3: string) => realCountries.countries.find((c) => c.iso3 === iso3)!;

/**
 * The panel's English messages that must not be on screen in `lang`: the literal words of each
 * (placeholders cut out), where they differ from the translation. Short words ("Ukraine", "Notes")
 * could occur in the record's own English, which the test data leaves untranslated.
 */
function englishLeftIn(text: string, lang: Lang): string[] {
  return (Object.keys(enRecord) as (keyof typeof enRecord)[])
    .filter((id) => CATALOGUES[lang][id] !== enRecord[id] && !enRecord[id].includes(', plural,'))
    .flatMap((id) => enRecord[id].split(/\{[^}]*\}/).map((s) => s.trim()))
    .filter((words) => words.length >= 8 && text.includes(words));
}

/** The app as renderApp draws it, with the German record (data/i18n/de/record.json) served too. */
function renderWithGermanRecord(url: string) {
  window.history.replaceState(null, '', url);
  const files = stubFetch();
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) =>
    String(input) === recordTranslationUrl('de')
      ? new Response(JSON.stringify(deRecord), { status: 200 })
      : files(input),
  );
  const { store, camera } = storeFromUrl(window.location);
  return render(
    <AppProviders
      queryClient={createQueryClient({ retry: false })}
      store={store}
      mapAdapterFactory={createFakeMap().factory}
    >
      <App initialCamera={camera} />
    </AppProviders>,
  );
}
const germanBlock = (key: string) =>
  (deRecord.blocks as Record<string, { text: string }>)[key]!.text;

beforeAll(async () => {
  await Promise.all([loadCatalogue('de'), loadCatalogue('uk')]);
});

describe('the country panel in German', () => {
  it('says its headings, type, confidence and buttons in German, and no English of its own', async () => {
    renderApp('/?country=FRA&lang=de');
    const name = formatterFor('de').countryName('FRA', 'France');
    expect(name).toBe('Frankreich');
    const aside = await screen.findByRole('complementary', { name });
    const p = within(aside);
    expect(p.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    for (const id of [
      'record.conditions',
      'record.howSure',
      'record.positionSources',
      'record.leaders',
      'record.quotes',
    ] as const)
      expect(p.getByRole('heading', { level: 3, name: CATALOGUES.de[id] })).toBeInTheDocument();
    expect(p.getByRole('button', { name: CATALOGUES.de['record.closePanel'] })).toBeInTheDocument();
    expect(p.getByText(CATALOGUES.de['type.troops'])).toBeInTheDocument();
    expect(p.getByText(new RegExp(`^${CATALOGUES.de['confidence.official']}`))).toBeInTheDocument();
    const asOf = country('FRA').positions.at(-1)!.asOf;
    expect(
      p.getByText(say('de', 'record.asOf', { date: formatterFor('de').date(asOf) })),
    ).toBeInTheDocument();
    // The French quote: its original words, then the record's German translation of them
    // (data/i18n/de/record.json, made from the French), labelled German.
    const original = p.getByText(/Ce ne sont pas des forces qu'on engage au combat/);
    expect(original.closest('blockquote')).toHaveAttribute('lang', 'fr');
    const figure = within(original.closest('figure')!);
    expect(
      figure.getByText(say('de', 'record.originalIn', { language: 'Französisch' })),
    ).toBeInTheDocument();
    const label = figure.getByText(say('de', 'record.translationInto', { language: 'Deutsch' }));
    expect(label.closest('blockquote')).toHaveAttribute('lang', 'de');
    expect(englishLeftIn(aside.textContent ?? '', 'de')).toEqual([]);
  });

  it('shows a German quote without a translation (the reader reads the words as spoken)', async () => {
    const merz = country('DEU').quotes.find((q) => q.lang === 'de')!;
    renderApp('/?country=DEU&lang=de');
    const aside = await screen.findByRole('complementary', { name: 'Deutschland' });
    const words = within(aside).getByText(merz.text);
    expect(words.closest('blockquote')).toHaveAttribute('lang', 'de');
    expect(words.closest('figure')!.querySelector('.quote-translation')).toBeNull();
  });

  it('offers the English reference text and back', async () => {
    const user = userEvent.setup();
    renderApp('/?country=FRA&lang=de');
    const p = within(await screen.findByRole('complementary', { name: 'Frankreich' }));
    await user.click(p.getByRole('button', { name: CATALOGUES.de['record.showEnglish'] }));
    await user.click(p.getByRole('button', { name: CATALOGUES.de['record.showTranslation'] }));
    expect(
      p.getByRole('button', { name: CATALOGUES.de['record.showEnglish'] }),
    ).toBeInTheDocument();
  });
});

describe('the country panel with the German record', () => {
  it('shows the record and a quote’s translation in German, and the English on request', async () => {
    const user = userEvent.setup();
    renderWithGermanRecord('/?country=FRA&lang=de');
    const aside = await screen.findByRole('complementary', { name: 'Frankreich' });
    const p = within(aside);
    const france = country('FRA');
    const latest = france.positions.at(-1)!;
    const summary = germanBlock(`country.FRA.position.${latest.asOf}.summary`);
    expect(await p.findByText(summary)).toBeInTheDocument();
    const quote = france.quotes.find((q) => q.id === 'fra-macron-2026-01-06-3')!;
    const german = germanBlock(`quote.${quote.id}.translation`);
    const translation = p.getByText(german).closest('blockquote')!;
    expect(translation).toHaveAttribute('lang', 'de');
    expect(
      within(translation).getByText(say('de', 'record.translationInto', { language: 'Deutsch' })),
    ).toBeInTheDocument();
    expect(englishLeftIn(aside.textContent ?? '', 'de')).toEqual([]);

    await user.click(p.getByRole('button', { name: CATALOGUES.de['record.showEnglish'] }));
    expect(p.getByText(latest.summary).closest('[lang]')).toHaveAttribute('lang', 'en');
    expect(p.queryByText(german)).toBeNull();
    const english = p.getByText(quote.translation!.text).closest('blockquote')!;
    expect(english).toHaveAttribute('lang', 'en');
    expect(p.getByText(quote.text).closest('blockquote')).toHaveAttribute('lang', 'fr');
  });
});

describe('the country panel in Ukrainian', () => {
  it('says its headings in Ukrainian, and no English of its own', async () => {
    renderApp('/?country=POL&lang=uk');
    const name = formatterFor('uk').countryName('POL', 'Poland');
    const aside = await screen.findByRole('complementary', { name });
    const p = within(aside);
    for (const id of ['record.conditions', 'record.leaders', 'record.quotes'] as const)
      expect(p.getByRole('heading', { level: 3, name: CATALOGUES.uk[id] })).toBeInTheDocument();
    expect(
      p.getByRole('button', { name: CATALOGUES.uk['record.showEnglish'] }),
    ).toBeInTheDocument();
    expect(englishLeftIn(aside.textContent ?? '', 'uk')).toEqual([]);
  });

  it('says plainly, in Ukrainian, when a country is not in the data', async () => {
    renderApp('/?country=CHE&lang=uk');
    const aside = await screen.findByRole('complementary', { name: 'Швейцарія' });
    expect(within(aside).getByText(CATALOGUES.uk['record.notInData'])).toBeInTheDocument();
    expect(englishLeftIn(aside.textContent ?? '', 'uk')).toEqual([]);
  });

  it('announces a choice in Ukrainian', () => {
    const dataset = buildDataset(realCountries, realSources, realCoalition);
    const t = (id: MessageId, values?: MessageValues) => say('uk', id, values);
    const text = selectionMessage(dataset, 'DEU', null, () => undefined, t, formatterFor('uk'));
    expect(text).toMatch(/^Німеччина: /);
    expect(text).toContain(CATALOGUES.uk['type.outside']);
    expect(text).toContain(say('uk', 'record.announceFirstCondition', { condition: '' }).trim());
  });
});

describe('a quote in a localised record', () => {
  const base: Quote = {
    id: 'q',
    speaker: 'Emmanuel Macron',
    role: 'President',
    date: '2025-09-04',
    text: 'Des garanties de sécurité.',
    lang: 'fr',
    translation: { text: 'Security guarantees.', by: 'editors' },
    sources: ['S1'],
    verbatimIn: ['S1'],
  };
  /** As localise-dataset.ts will hold it: the reader's translation, the English noted as origin. */
  const localised = (lang: Lang, text: string): Quote => {
    const translation = { text, by: 'editors' as const, lang };
    noteOrigin(translation, 'text', {
      english: 'Security guarantees.',
      status: 'translated',
      key: 'quote.q.translation',
    });
    return { ...base, translation };
  };
  const renderQuote = (lang: Lang, quote: Quote, english = false) =>
    render(
      <IntlProvider locale={intlLocale(lang)} messages={CATALOGUES[lang]}>
        <RecordEnglishContext.Provider value={english}>
          <QuoteCard quote={quote} sources={new Map()} />
        </RecordEnglishContext.Provider>
      </IntlProvider>,
    );

  it('shows the translation in the reader’s language, labelled with it', () => {
    renderQuote('de', localised('de', 'Sicherheitsgarantien.'));
    expect(screen.getByText('Des garanties de sécurité.').closest('blockquote')).toHaveAttribute(
      'lang',
      'fr',
    );
    const translation = screen.getByText('Sicherheitsgarantien.').closest('blockquote');
    expect(translation).toHaveAttribute('lang', 'de');
    expect(
      screen.getByText(say('de', 'record.translationInto', { language: 'Deutsch' })),
    ).toBeInTheDocument();
  });

  it('shows the English translation, marked English, where the record has none in the reader’s language', () => {
    renderQuote('uk', base);
    expect(screen.getByText('Security guarantees.').closest('blockquote')).toHaveAttribute(
      'lang',
      'en',
    );
    expect(screen.getByText(CATALOGUES.uk['record.translationByEditors'])).toBeInTheDocument();
  });

  it('shows the English on request', () => {
    renderQuote('de', localised('de', 'Sicherheitsgarantien.'), true);
    expect(screen.queryByText('Sicherheitsgarantien.')).toBeNull();
    expect(screen.getByText('Security guarantees.').closest('blockquote')).toHaveAttribute(
      'lang',
      'en',
    );
  });

  it('shows no translation of words in the reader’s own language', () => {
    expect(shownTranslation(base, 'fr', false)).toBeNull();
    expect(shownTranslation(base, 'fr', true)).toMatchObject({ lang: 'en' });
    expect(shownTranslation(localised('pl', 'Gwarancje.'), 'pl', false)).toMatchObject({
      lang: 'pl',
    });
  });
});
