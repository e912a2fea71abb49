/**
 * The dataset the panel, legend and list read (see dataset-query.ts), in the reader's language
 * (localise-dataset.ts). The boundaries load on their own (see the map feature) so a slow or
 * broken map file never blanks the text views.
 */
import { useQuery } from '@tanstack/react-query';
import type { Dataset } from './dataset';
import type { DataProblem } from './data-error';
import { datasetQuery, problemsOf } from './dataset-query';
import { recordTranslationQuery } from './queries';
import { localiseDataset } from './localise-dataset';

export type DatasetState =
  | { status: 'pending' }
  | { status: 'error'; problems: DataProblem[]; retry: () => void }
  | { status: 'success'; dataset: Dataset };

export function useDataset(lang = 'en'): DatasetState {
  const query = useQuery(datasetQuery());
  // The translation loads beside the English; the record waits for it (a French page does not
  // flash English summaries). If it cannot load, the English shows, every block marked.
  const translation = useQuery({ ...recordTranslationQuery(lang), enabled: lang !== 'en' });
  const waiting = lang !== 'en' && translation.isPending;
  if (query.data && !waiting)
    return {
      status: 'success',
      dataset: localiseDataset(query.data, lang, translation.data ?? undefined),
    };
  if (query.isError)
    return {
      status: 'error',
      problems: problemsOf(query.error),
      retry: () => void query.refetch(),
    };
  return { status: 'pending' };
}
