/**
 * Rules that span files and that a schema alone cannot state: every source id resolves, no
 * source is unused, nothing is dated in the future, positions are in order, and no country's
 * type rests only on state media or aggregators. Pure: the app, the tests and
 * `npm run data:check` all call it.
 */
import type { CoalitionFile, CountriesFile, SourcesFile } from './schemas';
import { WEAK_FLAGS } from './schemas';
import type { DataProblem } from './data-error';

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
}

export function checkIntegrity(input: IntegrityInput): DataProblem[] {
  const { countries, sources, coalition, boundaryIso3, today } = input;
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
  });

  const quoteIds = new Set<string>();
  const quote = (file: string, where: string, q: CoalitionFile['quotes'][number]) => {
    if (quoteIds.has(q.id)) add(file, `${where}.id`, `duplicate quote id "${q.id}"`);
    quoteIds.add(q.id);
    refs(file, `${where}.sources`, q.sources);
    dated(file, `${where}.date`, q.date);
    if (q.lang === 'en' && q.translation)
      add(file, `${where}.translation`, 'an English quote needs no English translation');
    if (q.spokenIn && q.spokenIn === q.lang)
      add(file, `${where}.spokenIn`, 'equals lang: set spokenIn only for a published translation');
    if (q.sources.every((id) => sourceById.has(id)) && !strong(q.sources))
      add(file, `${where}.sources`, 'a quote cannot rest only on flagged sources');
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
    });
    c.quotes.forEach((q) => quote(f, `${c.iso3}/quotes[${q.id}]`, q));
    c.notes?.forEach((n, i) => refs(f, `${c.iso3}/notes[${i}].sources`, n.sources));
  }

  const k = FILES.coalition;
  coalition.summit.facts.forEach((x, i) => refs(k, `summit.facts[${i}].sources`, x.sources));
  coalition.quotes.forEach((q) => quote(k, `quotes[${q.id}]`, q));
  coalition.seedClaims.forEach((s, i) => {
    refs(k, `seedClaims[${i}].sources`, s.sources);
    if (s.verdict !== 'not-found' && s.sources.length === 0)
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
  const typeIds = new Set(coalition.types.map((t) => t.id));
  if (typeIds.size !== coalition.types.length)
    add(k, 'types', 'each commitment type must appear once');

  for (const s of sources.sources)
    if (!used.has(s.id))
      add(FILES.sources, s.id, 'source is not used by any claim, quote or event');
  return problems;
}
