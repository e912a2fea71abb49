/**
 * Fetch → JSON → schema, with errors that name the file and the exact place. Used by the query
 * functions in the app and by `npm run data:check` (which reads from disk instead of fetching).
 */
import type { z } from 'zod';
import { DataFileError, zodProblems } from './data-error';

export function parseDataFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new DataFileError([{ file, where: '', message: `is not valid JSON (${detail})` }]);
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new DataFileError(zodProblems(file, result.error, raw));
  return result.data;
}

export async function fetchDataFile<S extends z.ZodType>(
  file: string,
  url: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetch(url, signal ? { signal } : undefined);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new DataFileError([{ file, where: '', message: `could not be downloaded (${detail})` }]);
  }
  if (!res.ok)
    throw new DataFileError([
      { file, where: '', message: `could not be downloaded (HTTP ${res.status})` },
    ]);
  return parseDataFile(file, await res.text(), schema);
}
