/** The real files in data/: they parse, they pass the cross-file rules, and known facts hold. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { buildDataset, positionAt } from '@/datasets/dataset';
import { checkIntegrity } from '@/datasets/integrity';
import { parseDataFile } from '@/datasets/load';
import {
  BoundariesFile,
  CoalitionFile,
  CountriesFile,
  LabelPointsFile,
  SourcesFile,
} from '@/datasets/schemas';

const DATA = new URL('../../data/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, DATA), 'utf8');

const countries = parseDataFile('countries.json', read('countries.json'), CountriesFile);
const sources = parseDataFile('sources.json', read('sources.json'), SourcesFile);
const coalition = parseDataFile('coalition.json', read('coalition.json'), CoalitionFile);
const boundaries = parseDataFile('boundaries.geojson', read('boundaries.geojson'), BoundariesFile);
const labels = parseDataFile('label-points.geojson', read('label-points.geojson'), LabelPointsFile);
const dataset = buildDataset(countries, sources, coalition);
const boundaryIso3 = new Set(boundaries.features.map((f) => f.properties.iso3));
const allQuotes = [...dataset.quotes.values()];

describe('data/ files', () => {
  it('each parses with the schema', () => {
    expect(countries.countries).toHaveLength(40);
    expect(sources.sources).toHaveLength(156);
    expect(coalition.types).toHaveLength(10);
    expect(boundaries.features.length).toBeGreaterThan(200);
    expect(labels.features).toHaveLength(boundaries.features.length);
  });

  it('pass every cross-file rule as of today', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(checkIntegrity({ countries, sources, coalition, boundaryIso3, today })).toEqual([]);
  });

  it('every country has a boundary, and every boundary a label point', () => {
    for (const c of countries.countries) expect(boundaryIso3, c.iso3).toContain(c.iso3);
    expect(new Set(labels.features.map((f) => f.properties.iso3))).toEqual(boundaryIso3);
  });
});

describe('known facts', () => {
  const typeOf = (iso3: string, date: string) => {
    const c = dataset.byIso3.get(iso3);
    if (!c) throw new Error(`${iso3} is not in countries.json`);
    return positionAt(c, date)?.type;
  };

  it.each([
    ['FRA', 'troops'],
    ['GBR', 'troops'],
    ['ITA', 'outside'],
    ['POL', 'outside'],
    ['DEU', 'non-military'],
    ['USA', 'backstop'],
    ['JPN', 'participant'],
    ['HUN', 'not-member'],
    ['UKR', 'recipient'],
    ['RUS', 'opposed'],
  ])('on 2025-09-04 %s is %s', (iso3, type) => {
    expect(typeOf(iso3, '2025-09-04')).toBe(type);
  });

  it('on 2026-01-06 DEU is outside', () => {
    expect(typeOf('DEU', '2026-01-06')).toBe('outside');
  });

  it('the headline quote is about the 26 countries', () => {
    expect(dataset.quotes.get(coalition.summit.headlineQuoteId)?.text).toContain('26 countries');
  });

  it('the unverified Rutte line is not quoted anywhere, and its seed claim is not-found', () => {
    const rutte = 'stop making Putin look powerful';
    for (const q of allQuotes) {
      expect(q.text).not.toContain(rutte);
      expect(q.translation?.text ?? '').not.toContain(rutte);
    }
    const claim = coalition.seedClaims.find((s) => s.claim.includes(rutte));
    expect(claim?.verdict).toBe('not-found');
  });
});

/**
 * The research notes live next to this repository, not in it: CI clones only the repository,
 * so there this one test is skipped. It is never skipped when PLEDGES_MD is set (then a missing
 * file is a failure), nor when the file exists.
 */
const RESEARCH = process.env.PLEDGES_MD
  ? process.env.PLEDGES_MD
  : fileURLToPath(new URL('../../../shared/research/pledges.md', import.meta.url));
const hasResearch = Boolean(process.env.PLEDGES_MD) || existsSync(RESEARCH);

describe('quotes against the research notes', () => {
  it.skipIf(!hasResearch)(
    `every quote appears verbatim in ${RESEARCH} (skipped only when that file is absent)`,
    () => {
      const notes = readFileSync(RESEARCH, 'utf8');
      const missing = allQuotes.filter((q) => !notes.includes(q.text)).map((q) => q.id);
      expect(allQuotes.length).toBeGreaterThan(60);
      expect(missing).toEqual([]);
    },
  );
});
