/**
 * The one schema for everything under `data/`. The app parses fetched files with it, the
 * unit tests and `npm run data:check` parse the same files with it, so a file that loads in a
 * test loads in a classroom. Types are derived from here (`z.infer`), never written twice.
 */
import { z } from 'zod';

// zod 4 probes `new Function` to compile fast parsers; under our strict CSP (no 'unsafe-eval')
// that probe is reported as a violation. The interpreted parser is fast enough for ~200 KB.
z.config({ jitless: true });

/** Commitment types, in legend order. Ids are a contract with URLs (`?types=`) and lessons. */
export const COMMITMENT_TYPE_IDS = [
  'troops',
  'troops-conditional',
  'outside',
  'non-military',
  'undecided',
  'participant',
  'backstop',
  'not-member',
  'recipient',
  'opposed',
] as const;
export const CommitmentTypeId = z.enum(COMMITMENT_TYPE_IDS);
export type CommitmentTypeId = z.infer<typeof CommitmentTypeId>;

export const Confidence = z.enum(['official', 'reported', 'inferred']);
export type Confidence = z.infer<typeof Confidence>;

export const SourceFlag = z.enum(['state-media', 'pro-kremlin', 'aggregator', 'mirror']);
export type SourceFlag = z.infer<typeof SourceFlag>;

/** Flags that make a source too weak to carry a country's type on its own. */
export const WEAK_FLAGS: readonly SourceFlag[] = ['state-media', 'pro-kremlin', 'aggregator'];

const MAX_TEXT = 2000;
const text = (max = MAX_TEXT) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** A full ISO date (YYYY-MM-DD) that exists on the calendar. */
export const IsoDate = z.iso.date({ message: 'must be a date written YYYY-MM-DD' });
/**
 * A date as precise as the source gives it: a day, or only a month ("Mar 2025" in a source
 * becomes 2025-03). We never invent a day the source does not give.
 */
export const LooseDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be YYYY-MM-DD or YYYY-MM')
  .refine((d) => {
    if (d.length === 7) return true;
    const t = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
  }, 'is not a real calendar date');

export const HttpsUrl = z
  .string()
  .url({ message: 'must be a URL' })
  .refine((u) => u.startsWith('https://'), 'must be an https:// URL');

export const SourceId = z.string().regex(/^S[0-9A-Za-z-]+$/, 'must look like S12 or S-name');
const SourceRefs = z.array(SourceId).min(1, 'needs at least one source');
/** BCP 47 primary language subtag, e.g. en, fr, de, uk. */
export const Lang = z.string().regex(/^[a-z]{2,3}$/, 'must be a language code like en or fr');

/**
 * Kinds of page that are revised continuously and print no publication date. Only these may
 * have `date: null`; any other page is dated, at least to the month.
 */
export const UNDATED_KINDS = ['encyclopedia'] as const;
export const UndatedKind = z.enum(UNDATED_KINDS);

export const Source = z.strictObject({
  id: SourceId,
  publisher: text(200),
  /** The agency whose copy was read through this publisher (AFP, Reuters, …). */
  agency: text(120).optional(),
  title: text(400),
  /** Publication date; null only for an undated reference page (`undatedKind`). */
  date: LooseDate.nullable(),
  /** Set (and only then `date` is null) for a page of a listed undated kind (Wikipedia). */
  undatedKind: UndatedKind.optional(),
  url: HttpsUrl,
  alsoAt: z.array(HttpsUrl).optional(),
  flags: z.array(SourceFlag),
  note: text(600).optional(),
});
export type Source = z.infer<typeof Source>;

export const Leader = z.strictObject({
  name: text(120),
  role: text(160),
  from: LooseDate.optional(),
  until: LooseDate.optional(),
  sources: z.array(SourceId).optional(),
});
export type Leader = z.infer<typeof Leader>;

export const Quote = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
    speaker: text(120),
    role: text(160),
    date: LooseDate,
    /** Verbatim, exactly as the source prints it (ellipses included). */
    text: text(),
    /** Language of `text`. */
    lang: Lang,
    /**
     * English rendering when `text` is not English. `by: 'source'` means a publisher's own
     * translation; `by: 'editors'` means ours, shown as such.
     */
    translation: z
      .strictObject({
        text: text(),
        by: z.enum(['source', 'editors']),
        /**
         * The translation's language: absent in the files (English); the reader's language in
         * a localised dataset (localise-dataset.ts), where it is the record's translation.
         */
        lang: Lang.optional(),
      })
      .optional(),
    /** Set when `text` is itself a published translation of words spoken in another language. */
    spokenIn: Lang.optional(),
    /** The words as spoken, in `spokenIn`, where a source prints them. */
    original: z.strictObject({ text: text(), lang: Lang, verbatimIn: SourceRefs }).optional(),
    context: text(400).optional(),
    sources: SourceRefs,
    /** The sources (among `sources`) that print `text` word for word; one must not be weak. */
    verbatimIn: SourceRefs,
  })
  .refine((q) => q.lang === 'en' || q.translation !== undefined, {
    message: 'a quote not in English needs an English translation',
    path: ['translation'],
  });
export type Quote = z.infer<typeof Quote>;

export const Condition = z.strictObject({
  text: text(300),
  sources: z.array(SourceId).optional(),
});

/**
 * The evidence a position rests on, in the data README's terms. Each basis gives exactly one
 * type and one confidence (`BASIS_RULES`): same evidence, same type.
 */
export const BASIS_IDS = [
  'own-pledge',
  'own-conditional-readiness',
  'reported-only',
  'own-undecided',
  'own-support-outside',
  'own-non-military',
  'own-no-pledge',
  'attendance-only',
  'us-backstop',
  'outside-coalition-reported',
  'recipient',
  'own-opposition',
] as const;
export const Basis = z.enum(BASIS_IDS);
export type Basis = z.infer<typeof Basis>;

export const Position = z.strictObject({
  asOf: IsoDate,
  type: CommitmentTypeId,
  /** What kind of evidence gives the type (see `BASIS_RULES` and the data README). */
  basis: Basis,
  summary: text(240),
  offers: z.array(text(400)),
  conditions: z.array(Condition),
  confidence: Confidence,
  /** Why the confidence is what it is, or what is disputed. */
  confidenceNote: text(400).optional(),
  sources: SourceRefs,
});
export type Position = z.infer<typeof Position>;

export const Note = z.strictObject({
  text: text(600),
  /** May be empty for an editorial note (e.g. "no leader named in our sources"). */
  sources: z.array(SourceId),
});
export type Note = z.infer<typeof Note>;

export const Country = z.strictObject({
  iso3: z.string().regex(/^[A-Z]{3}$/, 'must be three capital letters (ISO 3166-1 alpha-3)'),
  name: text(80),
  /** Languages its government speaks in public: an English quote from elsewhere needs `spokenIn`. */
  languages: z.array(Lang).min(1),
  leaders: z.array(Leader),
  /** Date order, oldest first. The first is as of the Paris summit unless `noSummitPosition`. */
  positions: z.array(Position).min(1, 'needs at least one position'),
  /** Why a country has no position as of 2025-09-04 (only when it truly has none). */
  noSummitPosition: text(400).optional(),
  quotes: z.array(Quote),
  /** Context a reader should see: conflicting reports, things left out and why. */
  notes: z.array(Note).optional(),
});
export type Country = z.infer<typeof Country>;

export const CountriesFile = z.strictObject({ countries: z.array(Country).min(1) });
export type CountriesFile = z.infer<typeof CountriesFile>;

export const SourcesFile = z.strictObject({ sources: z.array(Source).min(1) });
export type SourcesFile = z.infer<typeof SourcesFile>;

export const SeedClaim = z.strictObject({
  claim: text(300),
  /** `not-checked`: the claim is listed but nobody has checked it yet (the note says so). */
  verdict: z.enum(['confirmed', 'partly', 'not-found', 'not-checked']),
  note: text(600),
  sources: z.array(SourceId),
});
export type SeedClaim = z.infer<typeof SeedClaim>;

export const TimelineEvent = z.strictObject({
  date: LooseDate,
  title: text(120),
  summary: text(600),
  key: z.boolean().optional(),
  sources: SourceRefs,
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const Fact = z.strictObject({ text: text(600), sources: SourceRefs });

/** The Paris Declaration of 6 Jan 2026, point by point (entries refer to "points 2–4"). */
export const Declaration = z.strictObject({
  date: IsoDate,
  title: text(200),
  points: z.array(Fact).length(5),
  sources: SourceRefs,
});

export const CoalitionFile = z.strictObject({
  /** Sources were reviewed up to this day: later news may be missing. */
  reviewedUpTo: IsoDate,
  summit: z.strictObject({
    date: IsoDate,
    place: text(80),
    committedCount: z.number().int().positive(),
    leadersTakingPart: z.number().int().positive(),
    listPublished: z.boolean(),
    headlineQuoteId: z.string(),
    facts: z.array(Fact).min(1),
  }),
  types: z
    .array(z.strictObject({ id: CommitmentTypeId, description: text(400) }))
    .length(COMMITMENT_TYPE_IDS.length),
  confidence: z.array(z.strictObject({ id: Confidence, description: text(400) })).length(3),
  /** Quotes that belong to no single country (NATO, EU), same rules as country quotes. */
  quotes: z.array(Quote),
  seedClaims: z.array(SeedClaim),
  timeline: z.array(TimelineEvent).min(1),
  parisDeclaration: Declaration,
});
export type CoalitionFile = z.infer<typeof CoalitionFile>;

/** One public correction of the record, the way a newspaper logs them. */
export const Correction = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
  date: IsoDate,
  /** Where in the data: "TUR position of 4 Sept 2025", "quote usa-kushner-2026-01-06". */
  subject: text(160),
  before: text(1500),
  after: text(1500),
  why: text(600),
  sources: z.array(SourceId),
});
export type Correction = z.infer<typeof Correction>;

export const CorrectionsFile = z.strictObject({ corrections: z.array(Correction) });
export type CorrectionsFile = z.infer<typeof CorrectionsFile>;

/**
 * Boundaries, as the app reads them: GeoJSON, decoded from the TopoJSON file that
 * `npm run data:boundaries` writes (boundaries-topology.ts). Only the properties the app reads
 * are checked; coordinates are trusted to the build script (checking 240 polygons point by
 * point on every load would cost more than it could catch).
 */
const Iso3Like = z.string().regex(/^[A-Z0-9]{3}$/, 'must be a three-character code');
const BoundaryProperties = z.object({ iso3: Iso3Like, name: text(80) });
/** data/boundaries.topo.json as a file: one GeometryCollection `countries`, arcs quantised. */
export const BoundariesTopology = z.object({
  type: z.literal('Topology'),
  transform: z
    .object({
      scale: z.tuple([z.number(), z.number()]),
      translate: z.tuple([z.number(), z.number()]),
    })
    .optional(),
  objects: z.object({
    countries: z.object({
      type: z.literal('GeometryCollection'),
      geometries: z
        .array(
          z.object({
            type: z.enum(['Polygon', 'MultiPolygon']),
            properties: BoundaryProperties,
            arcs: z.array(z.array(z.unknown())).min(1),
          }),
        )
        .min(1),
    }),
  }),
  arcs: z.array(z.array(z.unknown())),
});
export type BoundariesTopology = z.infer<typeof BoundariesTopology>;
export const BoundaryFeature = z.object({
  type: z.literal('Feature'),
  properties: BoundaryProperties,
  geometry: z.object({
    type: z.enum(['Polygon', 'MultiPolygon']),
    coordinates: z.array(z.array(z.unknown())).min(1),
  }),
});
export const BoundariesFile = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(BoundaryFeature).min(1),
});
export type BoundariesFile = z.infer<typeof BoundariesFile>;
export type BoundaryFeature = z.infer<typeof BoundaryFeature>;

export const LabelPointsFile = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ iso3: Iso3Like, name: text(80) }),
      geometry: z.object({
        type: z.literal('Point'),
        coordinates: z.tuple([z.number(), z.number()]),
      }),
    }),
  ),
});
export type LabelPointsFile = z.infer<typeof LabelPointsFile>;
