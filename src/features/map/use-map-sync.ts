/**
 * Keeps the map in step with the store and the data: the only place where React state meets
 * the adapter. Hover stays inside the map (feature-state) and a local tooltip. The adapter is
 * also attached to the map port, through which a lesson fits its bounds and the export and
 * handout take their image, without importing this feature.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Dataset } from '@/datasets/dataset';
import { joinMapData, type CountryProps, type MapData } from '@/datasets/join';
import { useFormat, type Formatter } from '@/i18n';
import { boundariesQuery, labelPointsQuery } from '@/datasets/queries';
import {
  useAppActions,
  useAsOf,
  useCompareWith,
  useConcealed,
  useHighlighted,
  useLessonId,
  usePatternsShown,
  useProjector,
  useResolvedTheme,
  useSelectedIso3,
  useSelectionSerial,
  useShownTypes,
} from '@/store/hooks';
import { changeMarks, hiddenCountries, mutedCountries } from '@/store/selectors';
import type { Camera } from '@/store/url-state';
import { useMapPort } from '@/ports/map-port';
import type { HoverInfo, MapAdapter, MapMessages } from './map-adapter';
import { afterNextPaint } from '@/components/after-paint';
import { openingBounds } from './opening-view';

/** The phone layout's breakpoint (the shell's CSS uses the same). */
const PHONE = '(max-width: 639px)';
const isPhone = () => typeof matchMedia === 'function' && matchMedia(PHONE).matches;

/**
 * The map's names in the reader's language (the boundaries and label points name countries in
 * English): both renderers draw what they are handed, so a change of language hands them anew.
 */
export function localisedMapData(data: MapData, f: Formatter): MapData {
  if (f.lang === 'en') return data;
  const named = <G extends GeoJSON.Geometry>(fc: GeoJSON.FeatureCollection<G, CountryProps>) => ({
    ...fc,
    features: fc.features.map((feature) => ({
      ...feature,
      properties: {
        ...feature.properties,
        name: f.countryName(feature.properties.iso3, feature.properties.name),
      },
    })),
  });
  return { countries: named(data.countries), labels: named(data.labels) };
}

export function useMapSync(
  adapter: MapAdapter | null,
  dataset: Dataset | undefined,
  onCameraChange: (camera: Camera) => void,
  /** No camera in the address: the map may choose its first view (phones fit Europe). */
  ownOpening: boolean,
  /** The words of the map's own controls, in the reader's language. */
  messages: MapMessages,
) {
  const boundaries = useQuery(boundariesQuery());
  const labels = useQuery(labelPointsQuery());
  const asOf = useAsOf();
  const shownTypes = useShownTypes();
  const selected = useSelectedIso3();
  const serial = useSelectionSerial();
  const highlighted = useHighlighted();
  const compareWith = useCompareWith();
  const { countryChosen, selectionCleared } = useAppActions();
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const patterns = usePatternsShown();
  const projector = useProjector();
  const concealed = useConcealed();
  const theme = useResolvedTheme();
  const port = useMapPort();
  const f = useFormat();

  useEffect(() => {
    adapter?.setDisplay({ patterns, projector, concealed, theme });
  }, [adapter, patterns, projector, concealed, theme]);

  const mapData = useMemo(
    () =>
      dataset && boundaries.data && labels.data
        ? localisedMapData(joinMapData(boundaries.data, labels.data, dataset, asOf), f)
        : null,
    [dataset, boundaries.data, labels.data, asOf, f],
  );
  useEffect(() => {
    adapter?.setMessages(messages);
  }, [adapter, messages]);
  useEffect(() => {
    if (adapter && mapData) adapter.setData(mapData);
  }, [adapter, mapData]);

  // A phone's first view fits Europe's coalition members and all of Ukraine (opening-view.ts),
  // once, unless the address or a lesson chose the view. Kept through resizes (the phone's
  // address bar) until the reader moves the map.
  const lessonId = useLessonId();
  const opened = useRef(false);
  useEffect(() => {
    if (!adapter || !mapData || opened.current) return;
    opened.current = true;
    const bounds = ownOpening && !lessonId && isPhone() ? openingBounds(mapData) : null;
    if (bounds) adapter.fitBounds(bounds);
  }, [adapter, mapData, ownOpening, lessonId]);

  const filtered = useMemo(
    () =>
      dataset && {
        hidden: hiddenCountries(dataset, { asOf, shownTypes }),
        muted: mutedCountries(dataset, { asOf, shownTypes }),
      },
    [dataset, asOf, shownTypes],
  );
  // `mapData`: new data resets the map's feature-state, so dimming and outlines go again.
  useEffect(() => {
    if (adapter && filtered) adapter.setDimmed(filtered.hidden, filtered.muted);
  }, [adapter, filtered, mapData]);
  // A lesson step's outlines and the date switch's change marks share the one outline.
  const outlined = useMemo(
    () =>
      dataset && compareWith
        ? [
            ...new Set([
              ...highlighted,
              ...changeMarks(dataset, { asOf, compareWith }).map((c) => c.iso3),
            ]),
          ]
        : highlighted,
    [dataset, highlighted, asOf, compareWith],
  );
  useEffect(() => {
    adapter?.setHighlighted(outlined);
  }, [adapter, outlined, mapData]);

  useEffect(() => {
    if (!adapter) return;
    // One frame late (after-paint.ts), so the panel is painted before the map redraws; a newer
    // choice cancels a pending one.
    return afterNextPaint(() => {
      adapter.setSelected(selected);
      if (selected) adapter.revealCountry(selected);
    });
    // `serial` re-runs this when the same country is chosen again from the list.
  }, [adapter, selected, serial, mapData]);

  useEffect(() => {
    if (!adapter) return;
    const offs = [
      adapter.onCountryClick((iso3) => (iso3 ? countryChosen(iso3) : selectionCleared())),
      adapter.onHover(setHover),
      adapter.onMoveEnd(onCameraChange),
    ];
    return () => offs.forEach((off) => off());
  }, [adapter, countryChosen, selectionCleared, onCameraChange]);

  useEffect(() => {
    if (!adapter) return;
    port.attach(adapter);
    return () => port.attach(null);
  }, [adapter, port]);

  const loadError = boundaries.error ?? labels.error;
  const retry = () => {
    if (boundaries.isError) void boundaries.refetch();
    if (labels.isError) void labels.refetch();
  };
  return { hover, loadError, retry, ready: mapData !== null };
}
