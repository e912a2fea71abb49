import { describe, expect, it } from 'vitest';
import { handoutRows, readerText } from '@/features/export/handout-rows';
import type { Quote } from '@/datasets/schemas';
import { buildDataset } from '@/datasets/dataset';
import { formatterFor } from '@/i18n/format';
import { realCoalition, realCountries, realSources } from '../support/fixtures';

describe('the handout’s quotes', () => {
  it('hold the words only: the handout’s own marks make one pair (no ““…””)', () => {
    const rows = handoutRows(
      buildDataset(realCountries, realSources, realCoalition),
      null,
      formatterFor('en'),
    );
    const quoted = rows.filter((r) => r.quote);
    expect(quoted.length).toBeGreaterThan(0);
    for (const r of quoted) expect(r.quote!.text, r.name).not.toMatch(/^[«“"„‘]|[»”"“’]$/);
  });

  it('are in the reader’s language where the record has the words in it, else the translation held', () => {
    const base = {
      id: 'q',
      speaker: 'S',
      role: 'R',
      date: '2025-09-04',
      sources: [],
      verbatimIn: [],
    };
    const german: Quote = {
      ...base,
      text: 'Wir sind bereit.',
      lang: 'de',
      translation: { text: 'We are ready.', by: 'editors' },
    };
    expect(readerText(german, 'de')).toBe('Wir sind bereit.');
    expect(readerText(german, 'en')).toBe('We are ready.');
    expect(readerText(german, 'fr')).toBe('We are ready.');
    const reported: Quote = {
      ...base,
      text: 'Nous sommes prêts.',
      lang: 'fr',
      spokenIn: 'uk',
      original: { text: 'Ми готові.', lang: 'uk', verbatimIn: [] },
      translation: { text: 'We are ready.', by: 'source' },
    };
    expect(readerText(reported, 'uk')).toBe('Ми готові.');
    expect(readerText(reported, 'fr')).toBe('Nous sommes prêts.');
  });
});
