/**
 * The dataset the panel, legend and list read: three files, parsed and cross-checked. The
 * boundaries load on their own (see the map feature) so a slow or broken map file never blanks
 * the text views.
 */
import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import { buildDataset, type Dataset } from './dataset';
import { DataFileError, type DataProblem } from './data-error';
import { checkIntegrity } from './integrity';
import { coalitionQuery, countriesQuery, sourcesQuery } from './queries';

export type DatasetState =
  | { status: 'pending' }
  | { status: 'error'; problems: DataProblem[]; retry: () => void }
  | { status: 'success'; dataset: Dataset };

export const todayIso = () => new Date().toISOString().slice(0, 10);

function problemsOf(error: unknown): DataProblem[] {
  if (error instanceof DataFileError) return error.problems;
  return [
    { file: 'data', where: '', message: error instanceof Error ? error.message : String(error) },
  ];
}

export function useDataset(): DatasetState {
  const [countries, sources, coalition] = useQueries({
    queries: [countriesQuery(), sourcesQuery(), coalitionQuery()],
  });
  return useMemo((): DatasetState => {
    const all = [countries, sources, coalition];
    const failed = all.filter((q) => q.isError);
    if (failed.length > 0) {
      return {
        status: 'error',
        problems: failed.flatMap((q) => problemsOf(q.error)),
        retry: () => failed.forEach((q) => void q.refetch()),
      };
    }
    if (!countries.data || !sources.data || !coalition.data) return { status: 'pending' };
    const problems = checkIntegrity({
      countries: countries.data,
      sources: sources.data,
      coalition: coalition.data,
      today: todayIso(),
    });
    if (problems.length > 0)
      return { status: 'error', problems, retry: () => all.forEach((q) => void q.refetch()) };
    return {
      status: 'success',
      dataset: buildDataset(countries.data, sources.data, coalition.data),
    };
  }, [countries, sources, coalition]);
}
