/**
 * Keeps the address bar and the store in step. The URL is read once, before anything writes
 * it (initial-state.ts); a lesson it names is handed to the lesson controller. Afterwards every
 * change writes the address, as a new history entry when the action that made it says so
 * (actions.ts), and Back/Forward are read back in.
 */
import { useCallback, useEffect } from 'react';
import { useAppStoreApi } from '@/store/store-context';
import { fromUrl, toUrl } from '@/store/url';
import { cameraHash, type Camera } from '@/store/url-state';
import { useLessonCommands } from '@/ports/lesson-port';

export function useUrlSync(): (camera: Camera) => void {
  const store = useAppStoreApi();
  const lessons = useLessonCommands();

  useEffect(() => {
    const unsubscribe = store.subscribe((next) => {
      const search = toUrl(next, new URLSearchParams(window.location.search));
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (store.historyEntry() === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    });
    const onPop = () => {
      const { fields, notices } = fromUrl(window.location.search, window.location.hash);
      const { actions } = store.getState();
      actions.urlRead(fields);
      if (notices.length) actions.noticesAdded(notices);
      void lessons.followUrl(fields.lessonId, fields.lessonStep, fields.lessonReveal);
    };
    window.addEventListener('popstate', onPop);
    const { lessonId, lessonStep, lessonReveal } = store.getState();
    if (lessonId) void lessons.followUrl(lessonId, lessonStep, lessonReveal);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [store, lessons]);

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
