/**
 * The record's translations (issue 15): every English block has a stable, unique key; a quote's
 * translation is made from the words as spoken, never from a translation; a translation made
 * from other English is stale; data:check reports missing and stale blocks and refuses keys that
 * name no English block.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CoalitionFile, CorrectionsFile, CountriesFile, SourcesFile } from '@/datasets/schemas';
import { recordBlocks } from '@/datasets/record-text';
import {
  sourceHash,
  translatedBlock,
  translationReport,
  blocksFor,
  type RecordTranslationFile,
} from '@/datasets/record-translations';
import { runDataCheck, translationLines } from '../../scripts/data-check.ts';
import { merge, todo } from '../../scripts/record-i18n.ts';

const read = (f: string) => JSON.parse(readFileSync(`data/${f}`, 'utf8')) as unknown;
const { countries } = CountriesFile.parse(read('countries.json'));
const coalition = CoalitionFile.parse(read('coalition.json'));
const corrections = CorrectionsFile.parse(read('corrections.json'));
const { sources } = SourcesFile.parse(read('sources.json'));
const blocks = recordBlocks({ countries, coalition, corrections, sources });
const byKey = new Map(blocks.map((b) => [b.key, b]));
const allQuotes = [...countries.flatMap((c) => c.quotes), ...coalition.quotes];

describe('the record as translatable blocks', () => {
  it('gives every block a unique key', () => {
    expect(byKey.size).toBe(blocks.length);
  });

  it('holds the editors’ note on every source that has one', () => {
    for (const s of sources) expect(byKey.get(`source.${s.id}.note`)?.english).toBe(s.note);
  });

  it('holds every summary, offer, condition and confidence note of every position', () => {
    for (const c of countries)
      for (const p of c.positions) {
        const at = `country.${c.iso3}.position.${p.asOf}`;
        expect(byKey.get(`${at}.summary`)?.english).toBe(p.summary);
        p.offers.forEach((o, i) => expect(byKey.get(`${at}.offers.${i}`)?.english).toBe(o));
        p.conditions.forEach((k, i) =>
          expect(byKey.get(`${at}.conditions.${i}`)?.english).toBe(k.text),
        );
        expect(byKey.get(`${at}.confidenceNote`)?.english).toBe(p.confidenceNote);
      }
    expect(coalition.timeline.every((e) => blocks.some((b) => b.english === e.summary))).toBe(true);
  });

  it('translates a quote from the words as spoken, and never a published translation', () => {
    const published = allQuotes.filter((q) => q.spokenIn && !q.original);
    const spoken = allQuotes.filter((q) => !q.spokenIn || q.original);
    expect(published.length + spoken.length).toBe(allQuotes.length);
    for (const q of published) expect(byKey.has(`quote.${q.id}.translation`)).toBe(false);
    for (const q of spoken) {
      const b = byKey.get(`quote.${q.id}.translation`)!;
      expect(b.from).toBe(q.original?.text ?? q.text);
      expect(b.fromLang).toBe(q.original?.lang ?? q.lang);
    }
  });
});

describe('a translation and the English it was made from', () => {
  const summary = blocks.find((b) => b.key.endsWith('.summary'))!;
  const file = (from: string): RecordTranslationFile => ({
    lang: 'fr',
    translatedBy: 'test',
    blocks: { [summary.key]: { text: 'Texte traduit', from } },
  });

  it('hashes the same text the same way in any Unicode normal form, and an edit differently', () => {
    expect(sourceHash('')).toBe('811c9dc5');
    expect(sourceHash('Tusk e\u0301tait là')).toBe(sourceHash('Tusk était là'));
    expect(sourceHash('after a ceasefire')).not.toBe(sourceHash('after a ceasefire.'));
  });

  it('is shown when current, and the English (marked) when stale or missing', () => {
    expect(translatedBlock(summary, file(sourceHash(summary.english)))).toEqual({
      text: 'Texte traduit',
      status: 'translated',
    });
    const stale = translatedBlock(summary, file(sourceHash(`${summary.english} (old)`)));
    expect(stale).toEqual({ text: summary.english, status: 'stale' });
    expect(translatedBlock(summary, undefined)).toEqual({
      text: summary.english,
      status: 'missing',
    });
  });

  it('counts every block once in the report, and finds keys with no English', () => {
    const f = file(sourceHash(summary.english));
    f.blocks['country.XXX.position.2025-09-04.summary'] = { text: 'x', from: '00000000' };
    const r = translationReport('fr', blocks, f);
    expect(r.translated + r.stale.length + r.missing.length).toBe(blocksFor('fr', blocks).length);
    expect(r.translated).toBe(1);
    expect(r.orphans).toEqual(['country.XXX.position.2025-09-04.summary']);
  });
});

describe('data:check and the translation files', () => {
  it('reports current, stale and missing blocks, and refuses a key with no English', () => {
    const dir = mkdtempSync(join(tmpdir(), 'record-i18n-'));
    cpSync('data', dir, { recursive: true });
    rmSync(join(dir, 'i18n'), { recursive: true, force: true }); // this test's own translations only
    const [a, b] = blocks;
    mkdirSync(join(dir, 'i18n/de'), { recursive: true });
    const de: RecordTranslationFile = {
      lang: 'de',
      translatedBy: 'test',
      blocks: {
        [a!.key]: { text: 'aktuell', from: sourceHash(a!.from) },
        [b!.key]: { text: 'veraltet', from: sourceHash(`${b!.from}!`) },
        'summit.nowhere': { text: 'nirgends', from: '00000000' },
      },
    };
    writeFileSync(join(dir, 'i18n/de/record.json'), JSON.stringify(de));
    const result = runDataCheck(dir);
    expect(result.problems).toEqual([
      'i18n/de/record.json: blocks.summit.nowhere: no English block has this key',
    ]);
    const report = result.translations.find((r) => r.lang === 'de')!;
    const needed = blocksFor('de', blocks).length;
    expect(report.translated).toBe(1);
    expect(report.stale).toEqual([b!.key]);
    expect(report.missing).toHaveLength(needed - 2);
    const lines = translationLines(result.translations, false);
    expect(lines).toContain(`translations de: 1/${needed} current, 1 stale, ${needed - 2} missing`);
    expect(lines).toContain(`  de stale (English changed since): ${b!.key}`);
  });
});

describe('npm run i18n:record, the translator’s round trip', () => {
  it('lists what is left, and a merged translation is current and leaves the list', () => {
    const dir = mkdtempSync(join(tmpdir(), 'record-todo-'));
    cpSync('data', dir, { recursive: true });
    rmSync(join(dir, 'i18n'), { recursive: true, force: true }); // this test's own translations only
    const work = todo(dir, 'pl');
    expect(Object.keys(work)).toEqual(blocksFor('pl', blocks).map((b) => b.key));
    // A quote spoken in Polish is read as spoken by a Polish class: nothing to translate.
    const polish = blocks.filter((b) => b.fromLang === 'pl');
    expect(polish.length).toBeGreaterThan(0);
    for (const b of polish) expect(work[b.key]).toBeUndefined();
    const spoken = blocks.find((b) => b.fromLang !== 'en' && b.fromLang !== 'pl')!;
    // A quote is translated from the words as spoken, which the work file gives.
    expect(work[spoken.key]!.from).toBe(spoken.from);
    work[spoken.key]!.text = 'Tłumaczenie';
    expect(merge(dir, 'pl', work)).toBe(1);
    const left = todo(dir, 'pl');
    expect(left[spoken.key]).toBeUndefined();
    expect(Object.keys(left)).toHaveLength(blocksFor('pl', blocks).length - 1);
    const report = runDataCheck(dir).translations.find((r) => r.lang === 'pl')!;
    expect(report.translated).toBe(1);
  });
});
