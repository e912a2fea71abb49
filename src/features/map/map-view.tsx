/**
 * The map region: creates the adapter once (react.dev, "Controlling a non-React widget"),
 * shows a loading line until MapLibre has arrived, and says plainly what is wrong if the map
 * cannot be drawn — the list and panel keep working either way.
 */
import { useEffect, useRef, useState } from 'react';
import fontLatin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import fontLatinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import type { Dataset } from '@/datasets/dataset';
import { formatProblem, DataFileError } from '@/datasets/data-error';
import type { Camera } from '@/store/url-state';
import { PALETTE } from '@/theme/palette';
import type { CommitmentTypeId } from '@/datasets/schemas';
import { useFallbackAdapterFactory, useMapAdapterFactory, withFallback } from './adapter-context';
import { WebGLUnavailableError, type MapAdapter } from './map-adapter';
import { useMapSync } from './use-map-sync';
import { useMapKeyboard } from './use-map-keyboard';
import { MapSummary, MAP_SUMMARY_ID } from './map-summary';
import { useOffscreen } from './use-offscreen';
import { OffscreenList } from './offscreen-list';
import './map.css';

interface Props {
  dataset: Dataset | undefined;
  initialCamera: Camera | null;
  onCameraChange: (camera: Camera) => void;
}

/** Said on the map when the SVG map stands in for MapLibre (a status, not an error). */
export const SIMPLER_MAP_NOTE = 'Simpler map: this browser has no WebGL 2.';

const absolute = (url: string) => new URL(url, document.baseURI).href;
const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export function MapView({ dataset, initialCamera, onCameraChange }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const factory = useMapAdapterFactory();
  const fallback = useFallbackAdapterFactory();
  const [simpler, setSimpler] = useState(false);
  const [adapter, setAdapter] = useState<MapAdapter | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [camera] = useState(initialCamera);

  useEffect(() => {
    let live = true;
    let created: MapAdapter | null = null;
    const container = containerRef.current;
    if (!container) return;
    // Without WebGL 2 the SVG map stands in (adapter-context.ts); the sentence if it fails too.
    withFallback(
      factory,
      fallback,
      () => live && setSimpler(true),
    )({
      container,
      camera,
      fontUrls: { latin: absolute(fontLatin), latinExt: absolute(fontLatinExt) },
      reducedMotion: prefersReducedMotion(),
    }).then(
      (a) => {
        if (live) setAdapter((created = a));
        else a.destroy();
      },
      (e: unknown) => {
        if (!live) return;
        setFailure(
          e instanceof WebGLUnavailableError
            ? 'Your browser cannot draw the map here (WebGL 2 is off or unavailable). Every country is still in the list, and its panel opens from there.'
            : `The map could not start: ${e instanceof Error ? e.message : String(e)}`,
        );
      },
    );
    return () => {
      live = false;
      created?.destroy();
    };
  }, [factory, fallback, camera]);

  const { hover, loadError, retry, ready } = useMapSync(
    adapter,
    dataset,
    onCameraChange,
    initialCamera === null,
  );
  const loadMessage =
    loadError instanceof DataFileError
      ? loadError.problems.map(formatProblem).join('\n')
      : loadError?.message;

  const keyboard = useMapKeyboard(adapter, dataset);
  const more = useOffscreen(adapter, dataset, containerRef);

  return (
    <>
      {/* The map is one composite widget driven by arrow keys; role="application" asks screen
        readers to pass those keys through instead of using them to read the page. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        className="map-view"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="application"
        aria-roledescription="map"
        aria-label="Map of commitments"
        aria-describedby={MAP_SUMMARY_ID}
        onKeyDown={keyboard.onKeyDown}
        onFocus={(e) => e.target === e.currentTarget && keyboard.onFocus()}
      >
        <div ref={containerRef} className="map-canvas" data-testid="map-canvas" />
        <MapSummary dataset={dataset} focused={keyboard.focused} />
        {!failure && !loadError && (!adapter || !ready) && (
          <p className="map-status" role="status">
            Loading the map…
          </p>
        )}
        {simpler && !failure && (
          <p className="map-note map-note--simpler" role="note">
            {SIMPLER_MAP_NOTE}
          </p>
        )}
        {failure && (
          <p className="map-status map-status--error" role="alert">
            {failure}
          </p>
        )}
        {loadError && (
          <div className="map-status map-status--error" role="alert">
            <p>The map’s boundaries could not be loaded: {loadMessage}</p>
            <button type="button" onClick={retry}>
              Try again
            </button>
          </div>
        )}
        {hover && (
          <div
            className="map-tooltip"
            style={{ left: hover.x + 14, top: hover.y + 14 }}
            aria-hidden="true"
          >
            <strong>{hover.name}</strong>
            <span>
              {hover.type
                ? PALETTE[hover.type as CommitmentTypeId].label
                : 'Not in the coalition data'}
            </span>
          </div>
        )}
      </div>
      {/* Beside the map widget, not in it: its buttons are ordinary page controls. */}
      {ready && (
        <OffscreenList
          countries={more.offscreen}
          total={more.total}
          onReveal={more.reveal}
          onShowAll={more.showAll}
          compact={more.compact}
        />
      )}
    </>
  );
}
