/**
 * What every integrity check needs: a way to report a problem, source lookups (resolving, and
 * whether a list of sources has one that is not flagged) and the future-date rule.
 */
import type { SourcesFile } from './schemas';
import { WEAK_FLAGS } from './schemas';
import type { DataProblem } from './data-error';

export type Check = ReturnType<typeof createCheck>;

export function createCheck(sources: SourcesFile, today: string) {
  const problems: DataProblem[] = [];
  const add = (file: string, where: string, message: string) =>
    problems.push({ file, where, message });
  const sourceById = new Map(sources.sources.map((s) => [s.id, s]));
  const used = new Set<string>();
  const future = (d: string | null | undefined) => d != null && d.slice(0, today.length) > today;
  return {
    problems,
    add,
    sourceById,
    used,
    today,
    /** Every id resolves; each is marked used (an unused source is itself a problem). */
    refs(file: string, where: string, ids: readonly string[] | undefined) {
      for (const id of ids ?? []) {
        used.add(id);
        if (!sourceById.has(id)) add(file, where, `unknown source id "${id}"`);
      }
    },
    /** At least one of these sources is not flagged (state media, pro-Kremlin, aggregator). */
    strong: (ids: readonly string[]) =>
      ids.some((id) => {
        const s = sourceById.get(id);
        return s !== undefined && !s.flags.some((f) => WEAK_FLAGS.includes(f));
      }),
    /** All of these resolve and none is strong: the claim rests only on flagged sources. */
    weakOnly(ids: readonly string[]) {
      return ids.every((id) => sourceById.has(id)) && !this.strong(ids);
    },
    dated(file: string, where: string, d: string | null | undefined) {
      if (future(d)) add(file, where, `date ${d} is in the future (today is ${today})`);
    },
  };
}
