/** checkIntegrity on small hand-made datasets: one rule per test, read straight off the output. */
import { describe, it, expect } from 'vitest';
import { formatProblem } from '@/datasets/data-error';
import { checkIntegrity, type IntegrityInput } from '@/datasets/integrity';
import { COMMITMENT_TYPE_IDS, type Quote } from '@/datasets/schemas';

const quote = (id: string, sources: string[]): Quote => ({
  id,
  speaker: 'Emmanuel Macron',
  role: 'President',
  date: '2025-09-04',
  text: 'We have today 26 countries who have formally committed',
  lang: 'en',
  sources,
  verbatimIn: sources,
});

function input(): IntegrityInput {
  return {
    today: '2025-10-01',
    boundaryIso3: new Set(['FRA', 'RUS']),
    sources: {
      sources: [
        {
          id: 'S1',
          publisher: 'AFP',
          title: 'Paris',
          date: '2025-09',
          url: 'https://a.example',
          flags: [],
        },
        {
          id: 'S2',
          publisher: 'TASS',
          title: 'Moscow',
          date: '2025-09-04',
          url: 'https://b.example',
          flags: ['state-media'],
        },
        {
          id: 'S3',
          publisher: 'Reuters',
          title: 'Summit',
          date: '2025-09-04',
          url: 'https://c.example',
          flags: [],
        },
      ],
    },
    countries: {
      countries: [
        {
          iso3: 'FRA',
          name: 'France',
          languages: ['fr'],
          leaders: [{ name: 'Emmanuel Macron', role: 'President', sources: ['S1', 'S3'] }],
          positions: [
            {
              asOf: '2025-09-04',
              type: 'troops',
              basis: 'own-pledge',
              summary: 'Co-leads the coalition.',
              offers: [],
              conditions: [],
              confidence: 'official',
              sources: ['S3'],
            },
          ],
          quotes: [{ ...quote('fra-q', ['S1']), spokenIn: 'fr' }],
          notes: [{ text: 'TASS says otherwise.', sources: ['S2'] }],
        },
      ],
    },
    coalition: {
      reviewedUpTo: '2025-09-30',
      parisDeclaration: {
        date: '2025-09-04',
        title: 'Declaration',
        points: [1, 2, 3, 4, 5].map((n) => ({ text: `Point ${n}.`, sources: ['S1'] })),
        sources: ['S1'],
      },
      summit: {
        date: '2025-09-04',
        place: 'Paris',
        committedCount: 26,
        leadersTakingPart: 35,
        listPublished: false,
        headlineQuoteId: 'fra-q',
        facts: [{ text: '26 countries committed.', sources: ['S1'] }],
      },
      types: COMMITMENT_TYPE_IDS.map((id) => ({ id, description: id })),
      confidence: (['official', 'reported', 'inferred'] as const).map((id) => ({
        id,
        description: id,
      })),
      quotes: [],
      seedClaims: [
        { claim: 'Rutte said X', verdict: 'not-found', note: 'Not found.', sources: [] },
      ],
      timeline: [{ date: '2025-09-04', title: 'Summit', summary: 'Paris.', sources: ['S1'] }],
    },
  };
}
const check = (change: (d: IntegrityInput) => void) => {
  const d = input();
  change(d);
  return checkIntegrity(d).map(formatProblem);
};
const fra = (d: IntegrityInput) => d.countries.countries[0]!;

describe('checkIntegrity', () => {
  it('passes the hand-made dataset (a month-only date this month is not "future")', () => {
    expect(checkIntegrity(input())).toEqual([]);
  });

  it('skips the boundaries rule when no boundaries are given', () => {
    expect(check((d) => (d.boundaryIso3 = new Set()))).toEqual([
      'countries.json: FRA/iso3: "FRA" is not in boundaries.geojson',
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
});
