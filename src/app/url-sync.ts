/**
 * Keeps the address bar and the store in step. The URL is read once, before anything writes
 * it (initial-state.ts); afterwards selection changes and lesson steps push a history entry (Back
 * = previous country or step), other changes replace the current one, and Back/Forward are read
 * back in.
 */
import { useCallback, useEffect } from 'react';
import { useAppStoreApi } from '@/store/store-context';
import { cameraHash, parseUrl, serialiseUrl, type Camera } from '@/store/url-state';
import type { AppState } from '@/store/app-store';

const urlOf = (s: AppState) =>
  serialiseUrl(
    {
      country: s.selectedIso3,
      types: s.shownTypes,
      date: s.asOf,
      view: s.view,
      patterns: s.patterns,
      projector: s.projector,
      theme: s.theme,
      camera: null,
      ...(s.lessonId ? { lesson: s.lessonId, step: s.lessonStep } : {}),
      ...(s.presenterView ? { presenter: true } : {}),
    },
    new URLSearchParams(window.location.search),
  ).search;

export function useUrlSync(): (camera: Camera) => void {
  const store = useAppStoreApi();

  useEffect(() => {
    let reading = false;
    const unsubscribe = store.subscribe((next, prev) => {
      if (reading) return;
      const search = urlOf(next);
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      // Lesson steps push too (Back = previous step). A country that a step opens follows the
      // step's rule: re-applying the same step (first load, Back) replaces.
      const stepMoved = next.lessonId !== prev.lessonId || next.lessonStep !== prev.lessonStep;
      const chosen =
        next.selectedIso3 !== prev.selectedIso3 && next.stepApplied === prev.stepApplied;
      if (stepMoved || chosen) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    });
    const onPop = () => {
      reading = true;
      const { state, notices } = parseUrl(window.location.search, window.location.hash);
      store.getState().actions.urlRead(state);
      if (notices.length) store.getState().actions.noticesAdded(notices);
      reading = false;
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [store]);

  // The camera goes in the hash, replaced (never pushed) as the map settles, as on OSM.
  return useCallback((camera: Camera) => {
    const hash = cameraHash(camera);
    if (hash !== window.location.hash)
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}${window.location.search}${hash}`,
      );
  }, []);
}
