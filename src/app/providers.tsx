import { useCallback, useState, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { AppStoreProvider } from '@/store/store-context';
import type { AppStore } from '@/store/app-store';
import { checkedLessonQuery, lessonExists } from '@/datasets/lesson-queries';
import { datasetQuery } from '@/datasets/dataset-query';
import { MapPortContext, createMapPort } from '@/ports/map-port';
import { LessonCommandsContext } from '@/ports/lesson-port';
import { MapAdapterContext, loadMaplibreAdapter } from '@/features/map/adapter-context';
import type { MapAdapterFactory } from '@/features/map/map-adapter';
import { createLessonController } from '@/features/lesson/lesson-controller';
import { I18nProvider, autonym, msg, type Lang } from '@/i18n';
import { useAppActions, useLang } from '@/store/hooks';

interface Props {
  queryClient: QueryClient;
  store: AppStore;
  mapAdapterFactory?: MapAdapterFactory;
  children: ReactNode;
}

/**
 * Everything the app needs from outside (data cache, store, map implementation) and the two
 * ports through which features act on each other: the map port and the lesson controller.
 */
export function AppProviders({ queryClient, store, mapAdapterFactory, children }: Props) {
  const [ports] = useState(() => {
    const map = createMapPort();
    const lessons = createLessonController({
      store,
      map,
      load: (id) => queryClient.fetchQuery(checkedLessonQuery(id)),
      // Loaded before any lesson (checkedLessonQuery waits for it).
      countries: () => queryClient.getQueryData(datasetQuery().queryKey)?.countries ?? [],
      exists: lessonExists,
      forget: (id) => queryClient.removeQueries({ queryKey: ['lesson', id] }),
    });
    return { map, lessons };
  });
  return (
    <QueryClientProvider client={queryClient}>
      <AppStoreProvider store={store}>
        <MapAdapterContext.Provider value={mapAdapterFactory ?? loadMaplibreAdapter}>
          <MapPortContext.Provider value={ports.map}>
            <LessonCommandsContext.Provider value={ports.lessons}>
              <LanguageLayer>{children}</LanguageLayer>
            </LessonCommandsContext.Provider>
          </MapPortContext.Provider>
        </MapAdapterContext.Provider>
      </AppStoreProvider>
    </QueryClientProvider>
  );
}

/** The reader's language around everything; a catalogue that cannot load leaves a notice. */
function LanguageLayer({ children }: { children: ReactNode }) {
  const lang = useLang();
  const { noticesAdded } = useAppActions();
  const onLoadError = useCallback(
    (failed: Lang) => noticesAdded([msg('lang.failed', { language: autonym(failed) })]),
    [noticesAdded],
  );
  return (
    <I18nProvider lang={lang} onLoadError={onLoadError}>
      {children}
    </I18nProvider>
  );
}
