import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildDataset } from '@/datasets/dataset';
import { localiseCorrections, localiseDataset } from '@/datasets/localise-dataset';
import { recordOrigin } from '@/datasets/record-origin';
import {
  RecordTranslationFile,
  TRANSLATED_LANGS,
  sourceHash,
} from '@/datasets/record-translations';
import { realCoalition, realCorrections, realCountries, realSources } from '../support/fixtures';

const english = () => buildDataset(realCountries, realSources, realCoalition);
const fileOf = (lang: string) =>
  RecordTranslationFile.parse(
    JSON.parse(readFileSync(`data/i18n/${lang}/record.json`, 'utf8')) as unknown,
  );

describe('the record in the reader’s language', () => {
  const en = english();
  const france = en.byIso3.get('FRA')!;
  const summit = france.positions.find((p) => p.asOf === '2025-09-04')!;

  it('leaves English as it is, and never changes the English dataset', () => {
    expect(localiseDataset(en, 'en', undefined)).toBe(en);
    const before = JSON.stringify(en.countries);
    localiseDataset(en, 'fr', fileOf('fr'));
    expect(JSON.stringify(en.countries)).toBe(before);
  });

  it.each(TRANSLATED_LANGS)(
    '%s: every block current, in the language, the English kept',
    (lang) => {
      const file = fileOf(lang);
      const local = localiseDataset(en, lang, file);
      expect(local.translation).toMatchObject({ lang, translatedBy: file.translatedBy });
      expect(local.translation!.current).toBe(local.translation!.total);
      const p = local.byIso3.get('FRA')!.positions.find((x) => x.asOf === '2025-09-04')!;
      expect(p.summary).toBe(file.blocks['country.FRA.position.2025-09-04.summary']!.text);
      expect(recordOrigin(p, 'summary')).toEqual({
        english: summit.summary,
        status: 'translated',
        key: 'country.FRA.position.2025-09-04.summary',
      });
      // The same object is given back while nothing changes (selectors memoise on it).
      expect(localiseDataset(en, lang, file)).toBe(local);
    },
  );

  it('shows the English, marked, where a translation is stale or missing', () => {
    const file = fileOf('de');
    const key = 'country.FRA.position.2025-09-04.summary';
    const stale = structuredClone(file);
    stale.blocks[key] = { text: 'veraltet', from: sourceHash(`${summit.summary} (old)`) };
    delete stale.blocks['country.FRA.position.2025-09-04.offers.0'];
    stale.translatedBy = 'test';
    const local = localiseDataset(english(), 'de', stale);
    const p = local.byIso3.get('FRA')!.positions.find((x) => x.asOf === '2025-09-04')!;
    expect(p.summary).toBe(summit.summary);
    expect(recordOrigin(p, 'summary')?.status).toBe('stale');
    expect(p.offers[0]).toBe(summit.offers[0]);
    expect(recordOrigin(p.offers, 0)?.status).toBe('missing');
    expect(local.translation!.current).toBe(local.translation!.total - 2);
  });

  it('gives a quote a translation in the reader’s language, made from the words as spoken', () => {
    const local = localiseDataset(en, 'uk', fileOf('uk'));
    const spokenElsewhere = [...en.quotes.values()].find(
      (q) => q.lang !== 'uk' && !q.spokenIn && q.lang !== 'en',
    )!;
    const q = local.quotes.get(spokenElsewhere.id)!;
    expect(q.text).toBe(spokenElsewhere.text); // the words as spoken never change
    expect(q.translation?.lang).toBe('uk');
    expect(recordOrigin(q.translation!, 'text')?.english).toBe(spokenElsewhere.translation!.text);
    // Known only through a published translation: no rendering of a rendering.
    const published = [...en.quotes.values()].find((x) => x.spokenIn && !x.original);
    if (published) expect(local.quotes.get(published.id)!.translation?.lang).toBeUndefined();
  });

  it('a quote spoken in the reader’s language gets no translation of its own', () => {
    const french = [...en.quotes.values()].find((q) => q.lang === 'fr' && !q.spokenIn)!;
    const local = localiseDataset(en, 'fr', fileOf('fr'));
    expect(local.quotes.get(french.id)!.translation?.lang).toBeUndefined();
  });

  it('translates the corrections log the same way', () => {
    const fr = localiseCorrections(realCorrections, 'fr', fileOf('fr'));
    const c = fr.corrections[0]!;
    expect(c.why).toBe(fileOf('fr').blocks[`corrections.${c.id}.why`]!.text);
    expect(recordOrigin(c, 'why')?.english).toBe(realCorrections.corrections[0]!.why);
  });
});
