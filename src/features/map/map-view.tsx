/**
 * The map region: creates the adapters once (react.dev, "Controlling a non-React widget"; the
 * SVG map first, MapLibre taking over: use-map-adapters.ts), shows a loading line until a map
 * has drawn, and says plainly what is wrong if none can be — the list and panel keep working.
 */
import { useMemo, useRef } from 'react';
import fontLatin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import fontLatinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import fontCyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import type { Dataset } from '@/datasets/dataset';
import { formatProblem, DataFileError } from '@/datasets/data-error';
import type { Camera } from '@/store/url-state';
import { typeLabelId } from '@/theme/palette';
import type { CommitmentTypeId } from '@/datasets/schemas';
import { useFormat, useSay, useT, type Translate } from '@/i18n';
import { useSvgAdapterFactory, useMapAdapterFactory } from './adapter-context';
import type { MapMessages } from './map-adapter';
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

/** The words of the maps' own controls, in the reader's language. */
export const mapMessages = (t: Translate): MapMessages => ({
  map: t('map.canvas'),
  zoomIn: t('map.zoomIn'),
  zoomOut: t('map.zoomOut'),
  attributionToggle: t('map.attributionToggle'),
  attribution: t('map.attribution'),
});

const absolute = (url: string) => new URL(url, document.baseURI).href;
const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export function MapView({ dataset, initialCamera, onCameraChange }: Props) {
  const factory = useMapAdapterFactory();
  const svgFactory = useSvgAdapterFactory();
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<HTMLDivElement>(null);
  const t = useT();
  const f = useFormat();
  const say = useSay();
  const messages = useMemo(() => mapMessages(t), [t]);
  const factories = useMemo(() => ({ main: factory, svg: svgFactory }), [factory, svgFactory]);
  const { adapter, simpler, failure } = useMapAdapters(factories, containerRef, svgRef, {
    camera: initialCamera,
    fontUrls: {
      latin: absolute(fontLatin),
      latinExt: absolute(fontLatinExt),
      cyrillic: absolute(fontCyrillic),
    },
    reducedMotion: prefersReducedMotion(),
    messages,
  });

  const { hover, loadError, retry, ready } = useMapSync(
    adapter,
    dataset,
    onCameraChange,
    initialCamera === null,
    messages,
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
        aria-roledescription={t('map.roleDescription')}
        aria-label={t('map.label')}
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
            {t('map.loading')}
          </p>
        )}
        {simpler && !failure && (
          <p className="map-note map-note--simpler" role="note">
            {t('map.simpler')}
          </p>
        )}
        {failure && (
          <p className="map-status map-status--error" role="alert">
            {say(failure)}
          </p>
        )}
        {loadError && (
          <div className="map-status map-status--error" role="alert">
            <p>{t('map.boundariesFailed', { error: loadMessage ?? '' })}</p>
            <button type="button" onClick={retry}>
              {t('app.tryAgain')}
            </button>
          </div>
        )}
        {hover && (
          <div
            className="map-tooltip"
            style={{ left: hover.x + 14, top: hover.y + 14 }}
            aria-hidden="true"
          >
            <strong>{f.countryName(hover.iso3, hover.name)}</strong>
            <span>
              {hover.type ? t(typeLabelId(hover.type as CommitmentTypeId)) : t('map.notInData')}
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
