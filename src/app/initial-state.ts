import { createAppStore } from '@/store/app-store';
import { parseUrl, type Camera } from '@/store/url-state';

/** Reads the URL once, before any sync can write it, and builds the store from it. */
export function storeFromUrl(location: Pick<Location, 'search' | 'hash'>) {
  const { state, notices } = parseUrl(location.search, location.hash);
  const store = createAppStore({
    selectedIso3: state.country,
    shownTypes: state.types,
    asOf: state.date,
    view: state.view,
    patterns: state.patterns,
    projector: state.projector,
    theme: state.theme,
    lessonId: state.lesson ?? null,
    lessonStep: state.step ?? 1,
    presenterView: state.presenter === true,
    notices,
  });
  return { store, camera: state.camera as Camera | null };
}
