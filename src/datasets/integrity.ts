/**
 * Rules that span files and that a schema alone cannot state: every source id resolves, no
 * source is unused, nothing is dated in the future, positions are in order, and no country's
 * type rests only on state media or aggregators. Pure: the app, the tests and
 * `npm run data:check` all call it.
 */
import type { CoalitionFile, CorrectionsFile, CountriesFile, SourcesFile } from './schemas';
import type { DataProblem } from './data-error';
import { createCheck } from './integrity-check';
import { checkLeaders, checkQuotedInOffice, createQuoteCheck } from './integrity-people';
import { checkPositions } from './integrity-positions';

export { BASIS_RULES, publishedBy } from './integrity-rules';

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
  const check = createCheck(sources, today);
  const { add, refs, dated, problems } = check;
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

  const { quote, quoteIds } = createQuoteCheck(check);

  const seenIso3 = new Set<string>();
  for (const c of countries.countries) {
    const f = FILES.countries;
    if (seenIso3.has(c.iso3)) add(f, `${c.iso3}/iso3`, 'duplicate country');
    seenIso3.add(c.iso3);
    if (boundaryIso3 && !boundaryIso3.has(c.iso3))
      add(f, `${c.iso3}/iso3`, `"${c.iso3}" is not in boundaries.topo.json`);
    checkLeaders(check, f, c);
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
    checkPositions(check, f, c);
    c.quotes.forEach((q) => quote(f, `${c.iso3}/quotes[${q.id}]`, q, c.languages));
    checkQuotedInOffice(check, f, c);
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
    if (check.weakOnly(t.sources))
      add(k, `timeline[${i}].sources`, 'an event cannot rest only on flagged sources');
  });
  coalition.summit.facts.forEach((x, i) => {
    if (check.weakOnly(x.sources))
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
    if (!check.used.has(s.id))
      add(FILES.sources, s.id, 'source is not used by any claim, quote or event');
  return problems;
}
