import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createAppStore, type AppState, type AppStore } from './app-store';

const StoreContext = createContext<AppStore | null>(null);

/** Provides a store: a given one (tests, URL-initialised) or a fresh one. */
export function AppStoreProvider({ store, children }: { store?: AppStore; children: ReactNode }) {
  const [value] = useState(() => store ?? createAppStore());
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStoreApi must be used inside <AppStoreProvider>');
  return store;
}

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
