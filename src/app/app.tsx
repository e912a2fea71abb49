/**
 * Composition only: which features are on screen, and where. Features never import each
 * other; they meet here, in the store and through the ports (map, lesson). The app-wide
 * behaviours (address, keyboard, the linked country's check) are hooks of their own.
 */
// The shell's CSS first: features (imported below) bring their own, after it and the base.
import './layout.css';
import './layout-modes.css';
import './layout-phone.css';
import './layout-embed.css';
import { useDataset } from '@/datasets/use-dataset';
import { useT } from '@/i18n';
import { useEmbed, useLang, usePresenterView, useSelectedIso3, useView } from '@/store/hooks';
import type { Dataset } from '@/datasets/dataset';
import type { Camera } from '@/store/url-state';
import { MapView } from '@/features/map/map-view';
import { CountryPanel } from '@/features/panel/country-panel';
import { SelectionAnnouncer } from '@/features/panel/selection-announcer';
import { AboutView } from '@/features/about/about-view';
import { MyLessonsView } from '@/features/my-lessons/my-lessons-view';
import { useLessonLink } from '@/features/my-lessons/use-lesson-link';
import { CountryTable } from '@/features/table/country-table';
import { DisplayRoot } from '@/features/display/display-root';
import { LessonRoot } from '@/features/lesson/lesson-root';
import { LessonStage } from '@/features/lesson/lesson-stage';
import { PresenterView } from '@/features/presenter/presenter-view';
import { PresenterSync } from '@/features/presenter/use-presenter-sync';
import { PrintLayer } from '@/features/export/print-layer';
import { LessonBuilder } from '@/features/builder/lesson-builder';
import { LessonPrintLayer } from '@/features/lesson-print/lesson-print-layer';
import { LessonPrintButtons } from '@/features/lesson-print/lesson-print-buttons';
import { SiteHeader } from './site-header';
import { EmbedBar } from './embed-bar';
import { Sidebar } from './sidebar';
import { ViewSwitch } from './view-switch';
import { ClassroomTools } from './classroom-tools';
import { Notices } from './notices';
import { DataErrorView } from './data-error-view';
import { FeatureBoundary } from './feature-boundary';
import { useUrlSync } from './url-sync';
import { useKeyboardLayer } from './use-keyboard-layer';
import { useBoundaryNames, useLinkCheck } from './use-link-check';

// `hidden` alone loses to the workspace's `display: grid`.
const HIDDEN = { display: 'none' } as const;

export function App({ initialCamera }: { initialCamera: Camera | null }) {
  const data = useDataset(useLang());
  const dataset = data.status === 'success' ? data.dataset : undefined;
  const view = useView();
  // About and My lessons are pages over the workspace, which stays mounted under them.
  const page = (view === 'about' || view === 'lessons') && dataset !== undefined;
  const presenter = usePresenterView();
  const embed = useEmbed();
  const onCameraChange = useUrlSync();
  const nameOf = useBoundaryNames();
  const t = useT();
  useKeyboardLayer();
  useLinkCheck(dataset);
  useLessonLink(dataset);

  const everywhere = (
    <>
      <DisplayRoot />
      <LessonRoot />
      <PresenterSync />
      <PrintLayer dataset={dataset} />
      <LessonPrintLayer dataset={dataset} />
    </>
  );

  // The presenter window (?presenter=1): notes, next step, timer; no map of its own.
  if (presenter)
    return (
      <div className="app">
        <Notices />
        <FeatureBoundary name="app.feature.presenter">
          <PresenterView dataset={dataset} />
        </FeatureBoundary>
        {everywhere}
      </div>
    );

  return (
    <div className="app">
      <a className="skip-link" href="#country-list">
        {t('app.skipToList')}
      </a>
      {/* Framed in another page (?embed=1): a title line instead of the header's chrome. */}
      {embed ? <EmbedBar /> : <SiteHeader dataset={dataset} />}
      <Notices />
      {data.status === 'error' && <DataErrorView problems={data.problems} retry={data.retry} />}
      {page && (
        <main className="about-main">
          <FeatureBoundary name={view === 'about' ? 'app.feature.about' : 'app.feature.lessons'}>
            {view === 'about' ? (
              <AboutView dataset={dataset} />
            ) : (
              <MyLessonsView
                dataset={dataset}
                tools={(id) => <LessonPrintButtons lessonId={id} />}
              />
            )}
          </FeatureBoundary>
        </main>
      )}
      {/* The workspace stays mounted (hidden) under About, as the map does under the table:
          MapLibre is not torn down and rebuilt, and the map comes back with the same camera. */}
      <div className="workspace" hidden={page} style={page ? HIDDEN : undefined}>
        <Sidebar dataset={dataset} pending={data.status === 'pending'} />
        <main className="map-main" aria-label={t('app.mapAndTable')}>
          <ViewSwitch />
          {/* The map stays mounted under the table: switching back is instant. */}
          <div className="map-layer" inert={view === 'table'} aria-hidden={view === 'table'}>
            <FeatureBoundary name="app.feature.map">
              <MapView
                dataset={dataset}
                initialCamera={initialCamera}
                onCameraChange={onCameraChange}
              />
            </FeatureBoundary>
          </div>
          {view === 'table' && dataset && (
            <FeatureBoundary name="app.feature.table">
              <CountryTable dataset={dataset} />
            </FeatureBoundary>
          )}
        </main>
        {dataset && <SelectionAnnouncer dataset={dataset} nameOf={nameOf} />}
        {dataset && <PanelSlot dataset={dataset} nameOf={nameOf} />}
        {/* `?edit=`: the lesson builder beside the live map (the shell's grid places it). */}
        {dataset && (
          <FeatureBoundary name="app.feature.builder">
            <LessonBuilder dataset={dataset} />
          </FeatureBoundary>
        )}
      </div>
      {/* Classroom: the lesson under the map (full width). */}
      <FeatureBoundary name="app.feature.lesson">
        <LessonStage
          dataset={dataset}
          tools={<ClassroomTools dataset={dataset} place="lesson" />}
        />
      </FeatureBoundary>
      {everywhere}
    </div>
  );
}

/**
 * The panel of the chosen country. Only this subscribes to the selection, so a click re-renders
 * the panel, not the whole app (click → panel painted is the benchmark's tightest target).
 */
function PanelSlot(props: { dataset: Dataset; nameOf: (iso3: string) => string | undefined }) {
  const selected = useSelectedIso3();
  if (!selected) return null;
  return (
    <FeatureBoundary name="app.feature.panel">
      <CountryPanel {...props} />
    </FeatureBoundary>
  );
}
