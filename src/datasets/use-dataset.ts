/**
 * The dataset the panel, legend and list read (see dataset-query.ts). The boundaries load on
 * their own (see the map feature) so a slow or broken map file never blanks the text views.
 */
import { useQuery } from '@tanstack/react-query';
import type { Dataset } from './dataset';
import type { DataProblem } from './data-error';
import { datasetQuery, problemsOf } from './dataset-query';

export type DatasetState =
  | { status: 'pending' }
  | { status: 'error'; problems: DataProblem[]; retry: () => void }
  | { status: 'success'; dataset: Dataset };

export function useDataset(): DatasetState {
  const query = useQuery(datasetQuery());
  if (query.data) return { status: 'success', dataset: query.data };
  if (query.isError)
    return {
      status: 'error',
      problems: problemsOf(query.error),
      retry: () => void query.refetch(),
    };
  return { status: 'pending' };
}
