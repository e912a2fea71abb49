/**
 * Errors about data files, worded so a teacher who hand-edited a file can fix it:
 * `countries.json: FRA/positions[0].type: must be one of troops, outside, …`.
 */
import type { z } from 'zod';

export interface DataProblem {
  file: string;
  /** Where in the file, starting from the country's ISO3 when there is one. */
  where: string;
  message: string;
}

export function formatProblem(p: DataProblem): string {
  return p.where ? `${p.file}: ${p.where}: ${p.message}` : `${p.file}: ${p.message}`;
}

export class DataFileError extends Error {
  readonly problems: DataProblem[];
  constructor(problems: DataProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataFileError';
    this.problems = problems;
  }
}

/**
 * Turns a zod path into `FRA/positions[0].type`: the top-level item is named by its ISO3 or id
 * (what a person searches the file for), nested items by their id or index.
 */
export function describePath(path: readonly PropertyKey[], raw: unknown): string {
  let node: unknown = raw;
  const parts: string[] = [];
  path.forEach((key, i) => {
    const next = isIndexable(node)
      ? (node as Record<PropertyKey, unknown>)[key as never]
      : undefined;
    if (typeof key === 'number') {
      const name = itemName(next);
      // Countries, sources and map features are named by ISO3 / id, as a person searches the file.
      if (i === 1 && ['countries', 'sources', 'features'].includes(String(path[0])))
        parts.splice(0, 1, `${name ?? `${String(path[0])}[${key}]`}/`);
      else parts.push(`[${name ?? key}]`);
    } else {
      const last = parts[parts.length - 1];
      parts.push(last === undefined || last.endsWith('/') ? String(key) : `.${String(key)}`);
    }
    node = next;
  });
  return parts.join('').replace(/\/$/, '');
}

function isIndexable(v: unknown): boolean {
  return typeof v === 'object' && v !== null;
}

function itemName(v: unknown): string | undefined {
  if (!isIndexable(v)) return undefined;
  const o = v as Record<string, unknown>;
  for (const k of ['iso3', 'id'] as const) if (typeof o[k] === 'string' && o[k]) return o[k];
  return undefined;
}

export function zodProblems(file: string, error: z.ZodError, raw: unknown): DataProblem[] {
  return error.issues.map((issue) => ({
    file,
    where: describePath(issue.path, raw),
    message:
      issue.code === 'invalid_type' && /received undefined/.test(issue.message)
        ? 'is missing'
        : issue.message,
  }));
}
