/**
 * Rules that span files and that a schema alone cannot state: every source id resolves, no
 * source is unused, nothing is dated in the future, positions are in order, and no country's
 * type rests only on state media or aggregators. Pure: the app, the tests and
 * `npm run data:check` all call it.
 */
import type {
  Basis,
  CoalitionFile,
  CommitmentTypeId,
  Confidence,
  CorrectionsFile,
  CountriesFile,
  Quote,
  SourcesFile,
} from './schemas';
import { WEAK_FLAGS } from './schemas';
import type { DataProblem } from './data-error';

/**
 * Same evidence, same type: what each basis (data README, "What evidence gives each type")
 * allows. Readiness that only the media report never makes `troops` or `troops-conditional`.
 */
export const BASIS_RULES: Readonly<
  Record<Basis, { type: CommitmentTypeId; confidence: readonly Confidence[] }>
> = {
  'own-pledge': { type: 'troops', confidence: ['official'] },
  'own-conditional-readiness': { type: 'troops-conditional', confidence: ['official'] },
  'reported-only': { type: 'undecided', confidence: ['reported'] },
  'own-undecided': { type: 'undecided', confidence: ['official'] },
  'own-support-outside': { type: 'outside', confidence: ['official'] },
  'own-non-military': { type: 'non-military', confidence: ['official'] },
  'own-no-pledge': { type: 'participant', confidence: ['official'] },
  'attendance-only': { type: 'participant', confidence: ['inferred'] },
  'us-backstop': { type: 'backstop', confidence: ['official', 'reported'] },
  'outside-coalition-reported': { type: 'not-member', confidence: ['reported'] },
  recipient: { type: 'recipient', confidence: ['official'] },
  'own-opposition': { type: 'opposed', confidence: ['official'] },
};

/** Types only the government's own word can give. */
const OWN_WORD_TYPES: readonly CommitmentTypeId[] = ['troops'];

/**
 * Is a source dated `source` (YYYY-MM or YYYY-MM-DD) surely published on or before `day`?
 * A month-only date counts as its last day: it could be later in the month than `day`.
 */
export function publishedBy(source: string, day: string): boolean {
  if (source.length === 7) return source < day.slice(0, 7);
  return source <= day;
}

/** A name given in full has at least two words ("Dmitry Peskov", "Palazzo Chigi"). */
const fullName = (name: string) => name.trim().split(/\s+/).length >= 2;

export const FILES = {
  countries: 'countries.json',
  sources: 'sources.json',
  coalition: 'coalition.json',
} as const;

export interface IntegrityInput {
  countries: CountriesFile;
  sources: SourcesFile;
  coalition: CoalitionFile;
  /** ISO3 codes present in the boundaries file; skipped when not given. */
  boundaryIso3?: ReadonlySet<string>;
  /** YYYY-MM-DD; dates after it are "in the future". */
  today: string;
  /** The public corrections log; its source ids must resolve. */
  corrections?: CorrectionsFile;
}

export function checkIntegrity(input: IntegrityInput): DataProblem[] {
  const { countries, sources, coalition, boundaryIso3, today, corrections } = input;
  const problems: DataProblem[] = [];
  const add = (file: string, where: string, message: string) =>
    problems.push({ file, where, message });
  const sourceById = new Map(sources.sources.map((s) => [s.id, s]));
  const used = new Set<string>();
  const future = (d: string | null | undefined) => d != null && d.slice(0, today.length) > today;

  const refs = (file: string, where: string, ids: readonly string[] | undefined) => {
    for (const id of ids ?? []) {
      used.add(id);
      if (!sourceById.has(id)) add(file, where, `unknown source id "${id}"`);
    }
  };
  const strong = (ids: readonly string[]) =>
    ids.some((id) => {
      const s = sourceById.get(id);
      return s !== undefined && !s.flags.some((f) => WEAK_FLAGS.includes(f));
    });
  const dated = (file: string, where: string, d: string | null | undefined) => {
    if (future(d)) add(file, where, `date ${d} is in the future (today is ${today})`);
  };

  const seenSources = new Set<string>();
  sources.sources.forEach((s) => {
    if (seenSources.has(s.id)) add(FILES.sources, s.id, 'duplicate source id');
    seenSources.add(s.id);
    dated(FILES.sources, `${s.id}/date`, s.date);
    if (s.date === null && !s.undatedKind)
      add(
        FILES.sources,
        `${s.id}/date`,
        'is missing: only an undated reference page (undatedKind) may have no date',
      );
    if (s.date !== null && s.undatedKind)
      add(FILES.sources, `${s.id}/undatedKind`, 'is set on a dated source');
  });

  const quoteIds = new Set<string>();
  const quote = (file: string, where: string, q: Quote, languages?: readonly string[]) => {
    if (quoteIds.has(q.id)) add(file, `${where}.id`, `duplicate quote id "${q.id}"`);
    quoteIds.add(q.id);
    refs(file, `${where}.sources`, q.sources);
    if (!fullName(q.speaker))
      add(file, `${where}.speaker`, `"${q.speaker}" is not a full name (first and last name)`);
    for (const id of q.verbatimIn) {
      if (!q.sources.includes(id))
        add(file, `${where}.verbatimIn`, `"${id}" is not among the quote's sources`);
      const d = sourceById.get(id)?.date;
      // The words were said before any page printed them: a quote dated after its source is
      // dated by the report, not by the day it was said.
      if (d && d < q.date.slice(0, d.length))
        add(file, `${where}.date`, `${q.date} is after ${id} (${d}) printed the words`);
    }
    if (q.verbatimIn.every((id) => sourceById.has(id)) && !strong(q.verbatimIn))
      add(file, `${where}.verbatimIn`, 'no source that is not flagged prints these exact words');
    if (q.original) {
      refs(file, `${where}.original.verbatimIn`, q.original.verbatimIn);
      if (q.original.lang !== q.spokenIn)
        add(file, `${where}.original.lang`, 'must equal spokenIn: the original is what was said');
    }
    if (languages && !q.spokenIn && !languages.includes(q.lang))
      add(
        file,
        `${where}.spokenIn`,
        `is missing: the text is in "${q.lang}" but the government speaks ${languages.map((l) => `"${l}"`).join(', ')}`,
      );
    dated(file, `${where}.date`, q.date);
    if (q.lang === 'en' && q.translation)
      add(file, `${where}.translation`, 'an English quote needs no English translation');
    if (q.spokenIn && q.spokenIn === q.lang)
      add(file, `${where}.spokenIn`, 'equals lang: set spokenIn only for a published translation');
  };

  const seenIso3 = new Set<string>();
  for (const c of countries.countries) {
    const f = FILES.countries;
    if (seenIso3.has(c.iso3)) add(f, `${c.iso3}/iso3`, 'duplicate country');
    seenIso3.add(c.iso3);
    if (boundaryIso3 && !boundaryIso3.has(c.iso3))
      add(f, `${c.iso3}/iso3`, `"${c.iso3}" is not in boundaries.geojson`);
    c.leaders.forEach((l, i) => {
      refs(f, `${c.iso3}/leaders[${i}].sources`, l.sources);
      dated(f, `${c.iso3}/leaders[${i}].from`, l.from);
      dated(f, `${c.iso3}/leaders[${i}].until`, l.until);
    });
    c.leaders.forEach((l, i) => {
      if (l.from && l.until && l.from > l.until)
        add(f, `${c.iso3}/leaders[${i}].until`, `ends (${l.until}) before it starts (${l.from})`);
      if (!fullName(l.name))
        add(f, `${c.iso3}/leaders[${i}].name`, `"${l.name}" is not a full name`);
      // Successive holders of one office carry the handover: the earlier an `until`, the
      // later a `from`, so the panel can show who held office on the chosen date.
      c.leaders.forEach((m, j) => {
        if (j <= i || m.role !== l.role) return;
        const [a, b] = (l.from ?? '') <= (m.from ?? '') ? [l, m] : [m, l];
        const [ai, bi] = a === l ? [i, j] : [j, i];
        if (!a.until)
          add(f, `${c.iso3}/leaders[${ai}].until`, `is missing: ${b.name} later held "${l.role}"`);
        if (!b.from)
          add(f, `${c.iso3}/leaders[${bi}].from`, `is missing: ${a.name} held "${l.role}" before`);
        if (a.until && b.from && b.from < a.until)
          add(f, `${c.iso3}/leaders[${bi}].from`, `overlaps ${a.name}'s tenure`);
      });
    });
    const first = c.positions[0];
    if (first && first.asOf === coalition.summit.date && c.noSummitPosition)
      add(
        f,
        `${c.iso3}/noSummitPosition`,
        'is set although the first position is as of the summit',
      );
    if (first && first.asOf !== coalition.summit.date && !c.noSummitPosition)
      add(
        f,
        `${c.iso3}/positions[0].asOf`,
        `the first position must be as of the summit (${coalition.summit.date}) or noSummitPosition must say why`,
      );
    c.positions.forEach((p, i) => {
      const where = `${c.iso3}/positions[${i}]`;
      refs(f, `${where}.sources`, p.sources);
      p.conditions.forEach((k, j) => refs(f, `${where}.conditions[${j}].sources`, k.sources));
      dated(f, `${where}.asOf`, p.asOf);
      const prev = c.positions[i - 1];
      if (prev && prev.asOf >= p.asOf)
        add(
          f,
          `${where}.asOf`,
          `positions must be in date order (${p.asOf} is not after ${prev.asOf})`,
        );
      if (p.sources.every((id) => sourceById.has(id)) && !strong(p.sources))
        add(
          f,
          `${where}.sources`,
          `the type "${p.type}" rests only on flagged sources (state media, pro-Kremlin or aggregator)`,
        );
      const rule = BASIS_RULES[p.basis];
      if (OWN_WORD_TYPES.includes(p.type) && p.confidence !== 'official')
        add(
          f,
          `${where}.type`,
          `"${p.type}" is stronger than its confidence "${p.confidence}": only the government's own word gives it`,
        );
      else if (rule.type !== p.type)
        add(f, `${where}.basis`, `"${p.basis}" gives the type "${rule.type}", not "${p.type}"`);
      else if (!rule.confidence.includes(p.confidence))
        add(
          f,
          `${where}.confidence`,
          `"${p.basis}" is ${rule.confidence.join(' or ')}, not "${p.confidence}"`,
        );
      const cited = [...p.sources, ...p.conditions.flatMap((k) => k.sources ?? [])];
      for (const id of new Set(cited)) {
        const s = sourceById.get(id);
        if (!s) continue;
        if (s.date === null)
          add(f, `${where}.sources`, `${id} is undated: it cannot support a position as of a date`);
        else if (!publishedBy(s.date, p.asOf))
          add(
            f,
            `${where}.sources`,
            `${id} (${s.date}) is not known to be published by ${p.asOf}: later sources make a later position`,
          );
      }
    });
    c.quotes.forEach((q) => quote(f, `${c.iso3}/quotes[${q.id}]`, q, c.languages));
    // Leaders carry tenure: a leader quoted in their role must hold it on the day.
    c.quotes.forEach((q) => {
      const l = c.leaders.find((x) => x.name === q.speaker);
      if (!l) return;
      const day = q.date;
      if ((l.from && l.from.slice(0, day.length) > day) || (l.until && day > l.until))
        add(f, `${c.iso3}/quotes[${q.id}].date`, `${q.speaker} did not hold office on ${day}`);
    });
    c.notes?.forEach((n, i) => refs(f, `${c.iso3}/notes[${i}].sources`, n.sources));
  }

  const k = FILES.coalition;
  coalition.summit.facts.forEach((x, i) => refs(k, `summit.facts[${i}].sources`, x.sources));
  coalition.quotes.forEach((q) => quote(k, `quotes[${q.id}]`, q));
  coalition.seedClaims.forEach((s, i) => {
    refs(k, `seedClaims[${i}].sources`, s.sources);
    if ((s.verdict === 'confirmed' || s.verdict === 'partly') && s.sources.length === 0)
      add(k, `seedClaims[${i}].sources`, 'a confirmed or partly confirmed claim needs a source');
  });
  coalition.timeline.forEach((t, i) => {
    refs(k, `timeline[${i}].sources`, t.sources);
    dated(k, `timeline[${i}].date`, t.date);
  });
  dated(k, 'summit.date', coalition.summit.date);
  if (!quoteIds.has(coalition.summit.headlineQuoteId))
    add(k, 'summit.headlineQuoteId', `no quote has the id "${coalition.summit.headlineQuoteId}"`);
  const levels = new Set(coalition.confidence.map((c) => c.id));
  if (levels.size !== coalition.confidence.length)
    add(k, 'confidence', 'each confidence level must appear once');
  coalition.timeline.forEach((t, i) => {
    if (t.sources.every((id) => sourceById.has(id)) && !strong(t.sources))
      add(k, `timeline[${i}].sources`, 'an event cannot rest only on flagged sources');
  });
  coalition.summit.facts.forEach((x, i) => {
    if (x.sources.every((id) => sourceById.has(id)) && !strong(x.sources))
      add(k, `summit.facts[${i}].sources`, 'a fact cannot rest only on flagged sources');
  });
  refs(k, 'parisDeclaration.sources', coalition.parisDeclaration.sources);
  coalition.parisDeclaration.points.forEach((x, i) =>
    refs(k, `parisDeclaration.points[${i}].sources`, x.sources),
  );
  dated(k, 'reviewedUpTo', coalition.reviewedUpTo);
  corrections?.corrections.forEach((x, i) => {
    refs('corrections.json', `corrections[${i}].sources`, x.sources);
    dated('corrections.json', `corrections[${i}].date`, x.date);
  });
  const typeIds = new Set(coalition.types.map((t) => t.id));
  if (typeIds.size !== coalition.types.length)
    add(k, 'types', 'each commitment type must appear once');

  for (const s of sources.sources)
    if (!used.has(s.id))
      add(FILES.sources, s.id, 'source is not used by any claim, quote or event');
  return problems;
}
