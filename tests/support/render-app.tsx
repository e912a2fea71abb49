/**
 * Renders the whole app as a user meets it, with a fresh store and query client per test, a
 * fake map, and `fetch` answering from fixtures (or failing, when a test says so).
 */
import { render, waitFor } from '@testing-library/react';
import { expect, vi } from 'vitest';
import { App } from '@/app/app';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { storeFromUrl } from '@/app/initial-state';
import { readFileSync } from 'node:fs';
import { DATA_URLS, recordTranslationUrl } from '@/datasets/urls';
import { lessonTranslationUrl } from '@/datasets/lesson-translation-query';
import { LESSON_URLS } from '@/datasets/lesson-queries';
import { TRANSLATED_LANGS } from '@/datasets/record-translations';
import { createFakeMap, type FakeMap } from './fake-map-adapter';
import {
  realCoalition,
  realCorrections,
  realCountries,
  realSources,
  tinyTopology,
  tinyLabels,
} from './fixtures';

function translationFile(url: string): string | undefined {
  // The built-in lessons, as shipped.
  const builtIn = Object.keys(LESSON_URLS).find((id) => LESSON_URLS[id] === url);
  if (builtIn) return `data/lessons/${builtIn}.json`;
  for (const lang of TRANSLATED_LANGS) {
    if (recordTranslationUrl(lang) === url) return `data/i18n/${lang}/record.json`;
    const lesson = /\/lessons\/([a-z0-9-]+)\.json/.exec(url)?.[1];
    if (lesson && lessonTranslationUrl(lang, lesson) === url)
      return `data/i18n/${lang}/lessons/${lesson}.json`;
  }
  return undefined;
}

export type FileOverrides = Partial<Record<keyof typeof DATA_URLS, string | Error>>;

const defaults: Record<keyof typeof DATA_URLS, unknown> = {
  countries: realCountries,
  sources: realSources,
  coalition: realCoalition,
  boundaries: tinyTopology,
  labelPoints: tinyLabels,
  corrections: realCorrections,
};

/** A fetch that serves each data URL from the fixtures; overrides give raw text or an error. */
export function stubFetch(overrides: FileOverrides = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const key = (Object.keys(DATA_URLS) as (keyof typeof DATA_URLS)[]).find(
      (k) => DATA_URLS[k] === url,
    );
    if (!key) {
      // The built-in lessons and the translations of the record and lessons, as shipped.
      const file = translationFile(url);
      return file
        ? new Response(readFileSync(file, 'utf8'), { status: 200 })
        : new Response('not found', { status: 404 });
    }
    const o = overrides[key];
    if (o instanceof Error) throw o;
    return new Response(o ?? JSON.stringify(defaults[key]), { status: 200 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function renderApp(url = '/', overrides: FileOverrides = {}) {
  window.history.replaceState(null, '', url);
  const fetchMock = stubFetch(overrides);
  const { store, camera } = storeFromUrl(window.location);
  const { map, factory } = createFakeMap();
  const queryClient = createQueryClient({ retry: false });
  const view = render(
    <AppProviders queryClient={queryClient} store={store} mapAdapterFactory={factory}>
      <App initialCamera={camera} />
    </AppProviders>,
  );
  return { ...view, map, store, fetchMock, queryClient };
}

/**
 * Resolves once the fake map is the one on screen: it has the data, and the SVG map drawn first
 * is gone. MapLibre (here its fake) starts only after the SVG map has painted
 * (use-map-adapters.ts); until then clicks, moves and pictures come from the SVG map.
 */
export const mapInCharge = (map: FakeMap) =>
  waitFor(
    () => {
      expect(map.setData).toHaveBeenCalled();
      expect(document.querySelector('[data-testid=map-svg] svg')).toBeNull();
    },
    { timeout: 8000 },
  );
