/** A small hand-made dataset that passes every integrity rule, and a way to break it. */
import type { IntegrityInput } from '@/datasets/integrity';
import { checkIntegrity } from '@/datasets/integrity';
import { formatProblem } from '@/datasets/data-error';
import { COMMITMENT_TYPE_IDS, type Quote } from '@/datasets/schemas';

export const quote = (id: string, sources: string[]): Quote => ({
  id,
  speaker: 'Emmanuel Macron',
  role: 'President',
  date: '2025-09-04',
  text: 'We have today 26 countries who have formally committed',
  lang: 'en',
  sources,
  verbatimIn: sources,
});

export function input(): IntegrityInput {
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
export const check = (change: (d: IntegrityInput) => void) => {
  const d = input();
  change(d);
  return checkIntegrity(d).map(formatProblem);
};
export const fra = (d: IntegrityInput) => d.countries.countries[0]!;
