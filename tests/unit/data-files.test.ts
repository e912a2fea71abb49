/** The real files in data/: they parse, they pass the cross-file rules, and known facts hold. */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { buildDataset, positionAt } from '@/datasets/dataset';
import { checkIntegrity } from '@/datasets/integrity';
import { parseDataFile } from '@/datasets/load';
import { BoundariesData } from '@/datasets/boundaries-topology';
import {
  BoundariesFile,
  CoalitionFile,
  CountriesFile,
  LabelPointsFile,
  SourcesFile,
  COMMITMENT_TYPE_IDS,
} from '@/datasets/schemas';

const DATA = new URL('../../data/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, DATA), 'utf8');

const countries = parseDataFile('countries.json', read('countries.json'), CountriesFile);
const sources = parseDataFile('sources.json', read('sources.json'), SourcesFile);
const coalition = parseDataFile('coalition.json', read('coalition.json'), CoalitionFile);
const boundaries = parseDataFile(
  'boundaries.topo.json',
  read('boundaries.topo.json'),
  BoundariesData,
);
const labels = parseDataFile('label-points.geojson', read('label-points.geojson'), LabelPointsFile);
const dataset = buildDataset(countries, sources, coalition);
const boundaryIso3 = new Set(boundaries.features.map((f) => f.properties.iso3));
const allQuotes = [...dataset.quotes.values()];

describe('data/ files', () => {
  it('each parses with the schema', () => {
    expect(countries.countries.length).toBeGreaterThan(0);
    expect(new Set(countries.countries.map((c) => c.iso3)).size).toBe(countries.countries.length);
    expect(sources.sources.length).toBeGreaterThan(0);
    expect(coalition.types.map((t) => t.id)).toEqual([...COMMITMENT_TYPE_IDS]);
    expect(boundaries.features.length).toBeGreaterThan(200);
    // The TopoJSON decodes to the GeoJSON the map sources take.
    expect(BoundariesFile.safeParse(boundaries).success).toBe(true);
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
    ['DEU', 'undecided'],
    ['USA', 'backstop'],
    ['JPN', 'participant'],
    ['UKR', 'recipient'],
    ['RUS', 'opposed'],
  ])('on 2025-09-04 %s is %s', (iso3, type) => {
    expect(typeOf(iso3, '2025-09-04')).toBe(type);
  });

  it('on 2025-09-05 DEU is non-military, once its statement was published', () => {
    expect(typeOf('DEU', '2025-09-05')).toBe('non-military');
  });

  it('HUN has no position at the summit and is not-member later', () => {
    expect(typeOf('HUN', '2025-09-04')).toBeUndefined();
    expect(typeOf('HUN', coalition.reviewedUpTo)).toBe('not-member');
  });

  it('on 2026-01-06 DEU is outside', () => {
    expect(typeOf('DEU', '2026-01-06')).toBe('outside');
  });

  it('the headline quote is about the 26 countries', () => {
    expect(dataset.quotes.get(coalition.summit.headlineQuoteId)?.text).toContain('26 countries');
  });

  it("the seed's paraphrase of Rutte is not quoted; its verdict is partly, with his real words", () => {
    const rutte = 'stop making Putin look powerful';
    for (const q of allQuotes) {
      expect(q.text).not.toContain(rutte);
      expect(q.translation?.text ?? '').not.toContain(rutte);
    }
    const claim = coalition.seedClaims.find((s) => s.claim.includes(rutte));
    expect(claim?.verdict).toBe('partly');
    expect(
      claim?.sources.every((id) =>
        dataset.quotes.get('nato-rutte-2025-09-04-2')?.verbatimIn.includes(id),
      ),
    ).toBe(true);
  });

  it('every quote names where its exact words appear (verbatimIn replaces the research-notes check)', () => {
    for (const q of allQuotes) {
      expect(q.verbatimIn.length, q.id).toBeGreaterThan(0);
      for (const id of q.verbatimIn) expect(q.sources, q.id).toContain(id);
    }
  });
});
