/** The editorial rules that data:check enforces (data README, "Editorial rules"). */
import { describe, it, expect } from 'vitest';
import { check, fra } from '../support/integrity-input';
import type { IntegrityInput } from '@/datasets/integrity';

describe('editorial rules', () => {
  it('never gives troops on reported or inferred confidence', () => {
    expect(check((d) => (fra(d).positions[0]!.confidence = 'reported'))).toEqual([
      'countries.json: FRA/positions[0].type: "troops" is stronger than its confidence "reported": only the government\'s own word gives it',
    ]);
    expect(check((d) => (fra(d).positions[0]!.confidence = 'inferred'))).toHaveLength(1);
  });

  it('rests a position only on sources published by its date (a month counts as its last day)', () => {
    expect(check((d) => (fra(d).positions[0]!.asOf = '2025-09-03'))).toEqual([
      expect.stringContaining('the first position must be as of the summit'),
      'countries.json: FRA/positions[0].sources: S3 (2025-09-04) is not known to be published by 2025-09-03: later sources make a later position',
    ]);
    const monthOnly = (d: IntegrityInput) => (fra(d).positions[0]!.sources = ['S1']);
    expect(check(monthOnly)).toEqual([
      'countries.json: FRA/positions[0].sources: S1 (2025-09) is not known to be published by 2025-09-04: later sources make a later position',
    ]);
    const monthBefore = (d: IntegrityInput) => {
      monthOnly(d);
      d.sources.sources[0]!.date = '2025-08';
      fra(d).quotes[0]!.date = '2025-08';
    };
    expect(check(monthBefore)).toEqual([]);
  });

  it('dates every source unless it is an undated reference page', () => {
    expect(check((d) => (d.sources.sources[1]!.date = null))).toEqual([
      'sources.json: S2/date: is missing: only an undated reference page (undatedKind) may have no date',
    ]);
    expect(
      check((d) => {
        d.sources.sources[1]!.date = null;
        d.sources.sources[1]!.undatedKind = 'encyclopedia';
      }),
    ).toEqual([]);
  });

  it('needs the quote words in a named source, said no later than it printed them', () => {
    expect(check((d) => (fra(d).quotes[0]!.verbatimIn = ['S2']))).toEqual([
      'countries.json: FRA/quotes[fra-q].verbatimIn: "S2" is not among the quote\'s sources',
      'countries.json: FRA/quotes[fra-q].verbatimIn: no source that is not flagged prints these exact words',
    ]);
    expect(check((d) => (fra(d).quotes[0]!.date = '2025-10-01'))).toEqual([
      'countries.json: FRA/quotes[fra-q].date: 2025-10-01 is after S1 (2025-09) printed the words',
    ]);
  });

  it('needs spokenIn on a quote in another language than the government speaks', () => {
    expect(check((d) => delete fra(d).quotes[0]!.spokenIn)).toEqual([
      'countries.json: FRA/quotes[fra-q].spokenIn: is missing: the text is in "en" but the government speaks "fr"',
    ]);
  });

  it('names speakers in full and keeps successive office holders apart', () => {
    expect(check((d) => (fra(d).quotes[0]!.speaker = 'Macron'))).toEqual([
      'countries.json: FRA/quotes[fra-q].speaker: "Macron" is not a full name (first and last name)',
    ]);
    const successor = { name: 'Next President', role: 'President', from: '2025-09-10' };
    expect(check((d) => fra(d).leaders.push(successor))).toEqual([
      'countries.json: FRA/leaders[0].until: is missing: Next President later held "President"',
    ]);
    expect(
      check((d) => {
        fra(d).leaders[0]!.until = '2025-09-10';
        fra(d).leaders.push(successor);
        fra(d).quotes[0]!.date = '2025-09';
      }),
    ).toEqual([]);
  });

  it('gives each basis its one type: same evidence, same type', () => {
    expect(check((d) => (fra(d).positions[0]!.basis = 'reported-only'))).toEqual([
      'countries.json: FRA/positions[0].basis: "reported-only" gives the type "undecided", not "troops"',
    ]);
  });

  it('stores a quote’s words without wrapping quotation marks (every view adds its own)', () => {
    expect(check((d) => (fra(d).quotes[0]!.text = `«${fra(d).quotes[0]!.text}»`))).toEqual([
      expect.stringMatching(/FRA\/quotes\[[^\]]+\]\.text: is wrapped in quotation marks/),
    ]);
    // Marks inside the words (a quote within the quote) are the speaker's and stay.
    expect(
      check((d) => (fra(d).quotes[0]!.text = `He said “no” twice ${fra(d).quotes[0]!.text}`)),
    ).toEqual([]);
  });
});
