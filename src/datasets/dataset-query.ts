/**
 * The dataset as one query: the three text files, parsed, cross-checked and joined once. Its
 * result is cached data, so every reader gets the same object until a file is fetched again —
 * a click or a view switch never re-runs the integrity check or re-sends boundaries to the map.
 * Each file keeps its own query (and its own retries); this one only composes them.
 */
import { queryOptions } from '@tanstack/react-query';
import { buildDataset } from './dataset';
import { DataFileError, type DataProblem } from './data-error';
import { checkIntegrity } from './integrity';
import { coalitionQuery, countriesQuery, sourcesQuery } from './queries';
import type { CoalitionFile, CountriesFile, SourcesFile } from './schemas';

export const todayIso = () => new Date().toISOString().slice(0, 10);

export function problemsOf(error: unknown): DataProblem[] {
  if (error instanceof DataFileError) return error.problems;
  return [
    { file: 'data', where: '', message: error instanceof Error ? error.message : String(error) },
  ];
}

export const datasetQuery = () =>
  queryOptions({
    queryKey: ['dataset'] as const,
    queryFn: async ({ client }) => {
      // allSettled: a class sees every broken file at once, not the first one only.
      const results = await Promise.allSettled([
        client.fetchQuery(countriesQuery()),
        client.fetchQuery(sourcesQuery()),
        client.fetchQuery(coalitionQuery()),
      ]);
      const failed = results.flatMap((r) => (r.status === 'rejected' ? problemsOf(r.reason) : []));
      if (failed.length > 0) throw new DataFileError(failed);
      const [countries, sources, coalition] = results.map(
        (r) => (r as PromiseFulfilledResult<unknown>).value,
      ) as [CountriesFile, SourcesFile, CoalitionFile];
      const problems = checkIntegrity({ countries, sources, coalition, today: todayIso() });
      if (problems.length > 0) throw new DataFileError(problems);
      return buildDataset(countries, sources, coalition);
    },
    staleTime: Infinity,
    // The files retry on their own; an integrity problem does not go away by asking again.
    retry: false,
  });
