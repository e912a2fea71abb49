/**
 * Rules about a country's positions: in date order, each resting on a source that is not
 * flagged, its type no stronger than its confidence and given by its basis, and backed only by
 * sources published by its date (no backdating).
 */
import type { Country } from './schemas';
import type { Check } from './integrity-check';
import { BASIS_RULES, OWN_WORD_TYPES, publishedBy } from './integrity-rules';

export function checkPositions(check: Check, f: string, c: Country) {
  const { add, refs, sourceById, dated } = check;
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
    if (check.weakOnly(p.sources))
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
}
