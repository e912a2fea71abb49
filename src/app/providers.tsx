import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { AppStoreProvider } from '@/store/store-context';
import type { AppStore } from '@/store/app-store';
import { MapAdapterContext, loadMaplibreAdapter } from '@/features/map/adapter-context';
import type { MapAdapterFactory } from '@/features/map/map-adapter';

interface Props {
  queryClient: QueryClient;
  store: AppStore;
  mapAdapterFactory?: MapAdapterFactory;
  children: ReactNode;
}

/** Everything the app needs from outside: data cache, store, map implementation. */
export function AppProviders({ queryClient, store, mapAdapterFactory, children }: Props) {
  return (
    <QueryClientProvider client={queryClient}>
      <AppStoreProvider store={store}>
        <MapAdapterContext.Provider value={mapAdapterFactory ?? loadMaplibreAdapter}>
          {children}
        </MapAdapterContext.Provider>
      </AppStoreProvider>
    </QueryClientProvider>
  );
}
