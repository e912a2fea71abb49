import type { StateCreator } from 'zustand';
import type { CommitmentTypeId } from '@/datasets/schemas';
import type { AppState } from './app-store';

export interface FilterSlice {
  /** Types the legend shows; empty means every type. */
  shownTypes: CommitmentTypeId[];
  /** The country list's search text. */
  search: string;
  /** Each data country's type on the current date, so filter actions can apply their rules. */
  countryTypes: Readonly<Record<string, CommitmentTypeId>>;
}

export const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = () => ({
  shownTypes: [],
  search: '',
  countryTypes: {},
});
