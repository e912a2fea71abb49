import type { StateCreator } from 'zustand';
import type { CommitmentTypeId } from '@/datasets/schemas';
import type { AppState } from './app-store';

export interface FilterSlice {
  /** Types the legend shows; empty means every type. */
  shownTypes: CommitmentTypeId[];
  /** The country list's search text. */
  search: string;
}

export const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = () => ({
  shownTypes: [],
  search: '',
});
