import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Noto Sans: Latin, Latin Extended (Polish) and Cyrillic (Ukrainian), each by unicode-range.
import './styles/fonts.css';
import './styles/app.css';
import { App } from './app/app';
import { AppProviders } from './app/providers';
import { createQueryClient } from './app/query-client';
import { storeFromUrl } from './app/initial-state';
import { loadCatalogue } from './i18n/catalogues';
import { selectLang } from './store/selectors';

const { store, camera } = storeFromUrl(window.location);
// The reader's catalogue before the first paint (a small chunk, fetched beside the data), so a
// French page never flashes English. If it fails, the app starts in English and says so.
await loadCatalogue(selectLang(store.getState())).catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders queryClient={createQueryClient()} store={store}>
      <App initialCamera={camera} />
    </AppProviders>
  </StrictMode>,
);

// Offline after one visit (production build only): the service worker Workbox generated at
// build time precaches the shell, the map, the data and the fonts. It is registered once the
// first load is over (`load`, then 2 s without a new download: the map chunk, its worker and
// the boundaries arrive after `load`), so its precache never competes with the first map for
// bandwidth and takes from the HTTP cache what the page already downloaded.
function afterDownloadsSettle(quietMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      resolve();
    };
    let timer = setTimeout(done, quietMs);
    const observer = new PerformanceObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    observer.observe({ type: 'resource' });
  });
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    void afterDownloadsSettle(2000).then(() =>
      navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((e: unknown) => {
        console.warn('Offline use is unavailable: the service worker did not register.', e);
      }),
    );
  });
}
