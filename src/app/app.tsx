/**
 * Composition only: header, legend and list, map, panel, about view. Features never import
 * each other; they meet here and in the store.
 */
import { useEffect, useMemo, useState } from 'react';
import { useResolvedTheme } from '@/theme/use-resolved-theme';
import { useQuery } from '@tanstack/react-query';
import { useDataset } from '@/datasets/use-dataset';
import { boundariesQuery } from '@/datasets/queries';
import { typeAt } from '@/datasets/dataset';
import type { CommitmentTypeId } from '@/datasets/schemas';
import { useAppActions, useAsOf, useSelectedIso3, useView } from '@/store/hooks';
import { usePresenterView } from '@/store/hooks';
import type { Camera } from '@/store/url-state';
import { MapView } from '@/features/map/map-view';
import { CountryPanel } from '@/features/panel/country-panel';
import { SelectionAnnouncer } from '@/features/panel/selection-announcer';
import { LegendFilter } from '@/features/filters/legend-filter';
import { CountryList } from '@/features/filters/country-list';
import { DateSwitch } from '@/features/filters/date-switch';
import { AboutView } from '@/features/about/about-view';
import { DisplayOptions } from '@/features/display/display-options';
import { LessonStage } from '@/features/presentation/lesson-stage';
import { PresentationLayer } from '@/features/presentation/presentation-layer';
import { PresenterView } from '@/features/presentation/presenter-view';
import { SiteHeader } from './site-header';
import { ViewSwitch } from './view-switch';
import { CountryTable } from '@/features/table/country-table';
import { Notices } from './notices';
import { DataErrorView } from './data-error-view';
import { FeatureBoundary } from './feature-boundary';
import { useUrlSync } from './url-sync';

// `hidden` alone loses to the workspace's `display: grid`.
const HIDDEN = { display: 'none' } as const;

export function App({ initialCamera }: { initialCamera: Camera | null }) {
  const data = useDataset();
  const dataset = data.status === 'success' ? data.dataset : undefined;
  const boundaries = useQuery(boundariesQuery());
  const view = useView();
  const about = view === 'about' && dataset !== undefined;
  const asOf = useAsOf();
  const selected = useSelectedIso3();
  const presenter = usePresenterView();
  const { countryTypesResolved, noticesAdded, selectionCleared } = useAppActions();
  const onCameraChange = useUrlSync();
  const theme = useResolvedTheme();
  // Phones fold the sidebar into a legend bar; this opens the rest (CSS hides the button on wide screens).
  const [sidebarOpen, setSidebarOpen] = useState(false);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const boundaryNames = useMemo(
    () => new Map(boundaries.data?.features.map((f) => [f.properties.iso3, f.properties.name])),
    [boundaries.data],
  );

  useEffect(() => {
    if (!dataset) return;
    const types: Record<string, CommitmentTypeId> = {};
    for (const c of dataset.countries) {
      const t = typeAt(c, asOf);
      if (t) types[c.iso3] = t;
    }
    countryTypesResolved(types);
  }, [dataset, asOf, countryTypesResolved]);

  // A linked country that exists neither in the data nor on the map: say so, drop it.
  useEffect(() => {
    if (!selected || !dataset || !boundaries.data) return;
    if (!dataset.byIso3.has(selected) && !boundaryNames.has(selected)) {
      noticesAdded([`Ignored country=${selected}: no country has that ISO code.`]);
      selectionCleared();
    }
  }, [selected, dataset, boundaries.data, boundaryNames, noticesAdded, selectionCleared]);

  // The presenter window (?presenter=1): notes, next step, timer; no map of its own.
  if (presenter)
    return (
      <div className="app">
        <Notices />
        <FeatureBoundary name="presenter view">
          <PresenterView dataset={dataset} />
        </FeatureBoundary>
        <PresentationLayer dataset={dataset} />
      </div>
    );

  return (
    <div className="app">
      <a className="skip-link" href="#country-list">
        Skip to the country list
      </a>
      <SiteHeader dataset={dataset} />
      <Notices />
      {data.status === 'error' && <DataErrorView problems={data.problems} retry={data.retry} />}
      {about && (
        <main className="about-main">
          <FeatureBoundary name="About view">
            <AboutView dataset={dataset} />
          </FeatureBoundary>
        </main>
      )}
      {/* The workspace stays mounted (hidden) under About, as the map does under the table:
          MapLibre is not torn down and rebuilt, and the map comes back with the same camera. */}
      <div className="workspace" hidden={about} style={about ? HIDDEN : undefined}>
        <div className={`sidebar${sidebarOpen ? ' is-open' : ''}`}>
          <button
            type="button"
            className="sidebar-toggle"
            aria-expanded={sidebarOpen}
            onClick={() => setSidebarOpen((o) => !o)}
          >
            {sidebarOpen ? 'Hide filters and countries' : 'Filters, countries and display'}
          </button>
          {data.status === 'pending' && <p role="status">Loading the coalition data…</p>}
          {dataset && (
            <FeatureBoundary name="legend and country list">
              <DateSwitch dataset={dataset} />
              <LegendFilter dataset={dataset} />
              <CountryList dataset={dataset} />
              <DisplayOptions />
            </FeatureBoundary>
          )}
        </div>
        <main className="map-main" aria-label="Map and table">
          <ViewSwitch />
          {/* The map stays mounted under the table: switching back is instant. */}
          <div className="map-layer" inert={view === 'table'} aria-hidden={view === 'table'}>
            <FeatureBoundary name="map">
              <MapView
                dataset={dataset}
                initialCamera={initialCamera}
                onCameraChange={onCameraChange}
              />
            </FeatureBoundary>
          </div>
          {view === 'table' && dataset && (
            <FeatureBoundary name="table">
              <CountryTable dataset={dataset} />
            </FeatureBoundary>
          )}
        </main>
        {dataset && (
          <SelectionAnnouncer dataset={dataset} nameOf={(iso3) => boundaryNames.get(iso3)} />
        )}
        {dataset && selected && (
          <FeatureBoundary name="country panel">
            <CountryPanel dataset={dataset} nameOf={(iso3) => boundaryNames.get(iso3)} />
          </FeatureBoundary>
        )}
      </div>
      {/* Classroom: the lesson under the map (full width), keys, blackout, printed handout. */}
      <FeatureBoundary name="lesson">
        <LessonStage dataset={dataset} />
      </FeatureBoundary>
      <PresentationLayer dataset={dataset} />
    </div>
  );
}
