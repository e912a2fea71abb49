/** checkIntegrity on small hand-made datasets: one rule per test, read straight off the output. */
import { describe, it, expect } from 'vitest';
import { check, fra, input, quote } from '../support/integrity-input';
import { checkIntegrity, type IntegrityInput } from '@/datasets/integrity';

describe('checkIntegrity', () => {
  it('passes the hand-made dataset (a month-only date this month is not "future")', () => {
    expect(checkIntegrity(input())).toEqual([]);
  });

  it('skips the boundaries rule when no boundaries are given', () => {
    expect(check((d) => (d.boundaryIso3 = new Set()))).toEqual([
      'countries.json: FRA/iso3: "FRA" is not in boundaries.topo.json',
    ]);
    expect(check((d) => delete d.boundaryIso3)).toEqual([]);
  });

  it('finds unknown sources wherever they are cited', () => {
    expect(
      check((d) => {
        fra(d).leaders[0]!.sources = ['S9'];
        fra(d).notes![0]!.sources = ['S2', 'S8'];
        d.coalition.timeline[0]!.sources = ['S1', 'S7'];
      }),
    ).toEqual([
      'countries.json: FRA/leaders[0].sources: unknown source id "S9"',
      'countries.json: FRA/notes[0].sources: unknown source id "S8"',
      'coalition.json: timeline[0].sources: unknown source id "S7"',
    ]);
  });

  it('compares month-only dates by month, and dates leaders, sources and the summit', () => {
    expect(
      check((d) => {
        d.sources.sources[0]!.date = '2025-11';
        fra(d).leaders[0]!.from = '2026-01';
        d.coalition.summit.date = '2025-10-02';
      }),
    ).toEqual([
      'sources.json: S1/date: date 2025-11 is in the future (today is 2025-10-01)',
      'countries.json: FRA/leaders[0].from: date 2026-01 is in the future (today is 2025-10-01)',
      expect.stringContaining('FRA/positions[0].asOf: the first position must be as of the summit'),
      'countries.json: FRA/quotes[fra-q].date: Emmanuel Macron did not hold office on 2025-09-04',
      'coalition.json: summit.date: date 2025-10-02 is in the future (today is 2025-10-01)',
    ]);
  });

  it('accepts a first position after the summit when noSummitPosition says why', () => {
    const late = (d: IntegrityInput) => (fra(d).positions[0]!.asOf = '2025-09-20');
    expect(check(late)).toHaveLength(1);
    expect(check((d) => (late(d), (fra(d).noSummitPosition = 'Joined later.')))).toEqual([]);
  });

  it('keeps flagged sources from carrying a type or a quote alone, not a note', () => {
    expect(
      check((d) => {
        fra(d).positions[0]!.sources = ['S2'];
        d.coalition.quotes.push(quote('nato-q', ['S2']));
      }),
    ).toEqual([
      'countries.json: FRA/positions[0].sources: the type "troops" rests only on flagged sources (state media, pro-Kremlin or aggregator)',
      'coalition.json: quotes[nato-q].verbatimIn: no source that is not flagged prints these exact words',
    ]);
  });

  it('needs a source for a confirmed seed claim, none for one not found', () => {
    expect(check((d) => (d.coalition.seedClaims[0]!.verdict = 'partly'))).toEqual([
      'coalition.json: seedClaims[0].sources: a confirmed or partly confirmed claim needs a source',
    ]);
  });
});
