/**
 * The map region: creates the adapters once (react.dev, "Controlling a non-React widget"; the
 * SVG map first, MapLibre taking over: use-map-adapters.ts), shows a loading line until a map
 * has drawn, and says plainly what is wrong if none can be — the list and panel keep working.
 */
import { useMemo, useRef } from 'react';
import fontLatin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import fontLatinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import type { Dataset } from '@/datasets/dataset';
import { formatProblem, DataFileError } from '@/datasets/data-error';
import type { Camera } from '@/store/url-state';
import { PALETTE } from '@/theme/palette';
import type { CommitmentTypeId } from '@/datasets/schemas';
import { useSvgAdapterFactory, useMapAdapterFactory } from './adapter-context';
import { useMapAdapters } from './use-map-adapters';
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
  const factory = useMapAdapterFactory();
  const svgFactory = useSvgAdapterFactory();
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<HTMLDivElement>(null);
  const factories = useMemo(() => ({ main: factory, svg: svgFactory }), [factory, svgFactory]);
  const { adapter, simpler, failure } = useMapAdapters(factories, containerRef, svgRef, {
    camera: initialCamera,
    fontUrls: { latin: absolute(fontLatin), latinExt: absolute(fontLatinExt) },
    reducedMotion: prefersReducedMotion(),
  });

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
        {/* The SVG map: over MapLibre until it has drawn (use-map-adapters.ts), or instead of it. */}
        <div ref={svgRef} className="map-svg" data-testid="map-svg" />
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
