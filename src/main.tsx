import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import './styles/app.css';
import { App } from './app/app';
import { AppProviders } from './app/providers';
import { createQueryClient } from './app/query-client';
import { storeFromUrl } from './app/initial-state';

const { store, camera } = storeFromUrl(window.location);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders queryClient={createQueryClient()} store={store}>
      <App initialCamera={camera} />
    </AppProviders>
  </StrictMode>,
);
