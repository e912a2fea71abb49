/**
 * Keeps the map in step with the store and the data: the only place where React state meets
 * the adapter. Hover stays inside the map (feature-state) and a local tooltip.
 */
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Dataset } from '@/datasets/dataset';
import { isTypeShown, typeAt } from '@/datasets/dataset';
import { joinMapData } from '@/datasets/join';
import { boundariesQuery, labelPointsQuery } from '@/datasets/queries';
import {
  useAppActions,
  useAsOf,
  useSelectedIso3,
  useSelectionSerial,
  useShownTypes,
  useConcealed,
  usePatterns,
  useProjector,
} from '@/store/hooks';
import { useResolvedTheme } from '@/theme/use-resolved-theme';
import type { Camera } from '@/store/url-state';
import type { HoverInfo, MapAdapter } from './map-adapter';
import { afterNextPaint } from './after-paint';
import { useCameraRequest, useHighlighted } from '@/store/hooks';

export function useMapSync(
  adapter: MapAdapter | null,
  dataset: Dataset | undefined,
  onCameraChange: (camera: Camera) => void,
) {
  const boundaries = useQuery(boundariesQuery());
  const labels = useQuery(labelPointsQuery());
  const asOf = useAsOf();
  const shownTypes = useShownTypes();
  const selected = useSelectedIso3();
  const serial = useSelectionSerial();
  const { countryChosen, selectionCleared } = useAppActions();
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const patterns = usePatterns();
  const projector = useProjector();
  const concealed = useConcealed();
  const theme = useResolvedTheme();

  useEffect(() => {
    // Projectors wash colours out: patterns are always on in projector mode.
    adapter?.setDisplay({ patterns: patterns || projector, projector, concealed, theme });
  }, [adapter, patterns, projector, concealed, theme]);

  const mapData = useMemo(
    () =>
      dataset && boundaries.data && labels.data
        ? joinMapData(boundaries.data, labels.data, dataset, asOf)
        : null,
    [dataset, boundaries.data, labels.data, asOf],
  );
  useEffect(() => {
    if (adapter && mapData) adapter.setData(mapData);
  }, [adapter, mapData]);

  useEffect(() => {
    if (!adapter || !dataset) return;
    const hidden = dataset.countries
      .filter((c) => !isTypeShown(typeAt(c, asOf), shownTypes))
      .map((c) => c.iso3);
    adapter.setDimmed(hidden);
  }, [adapter, dataset, asOf, shownTypes, mapData]);

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

  // --- Classroom (src/features/presentation): a lesson step's outlined countries and camera
  // move, and the map snapshot for image export and the handout, registered in the store
  // because features never import each other.
  const highlighted = useHighlighted();
  const cameraRequest = useCameraRequest();
  const { mapSnapshotProvided } = useAppActions();
  useEffect(() => {
    adapter?.setHighlighted(highlighted);
  }, [adapter, highlighted, mapData]);
  useEffect(() => {
    adapter?.fitBounds(cameraRequest?.bounds ?? null);
  }, [adapter, cameraRequest]);
  useEffect(() => {
    if (!adapter) return;
    mapSnapshotProvided(
      () => adapter.snapshot(),
      () => adapter.canvas(),
    );
    return () => mapSnapshotProvided(null);
  }, [adapter, mapSnapshotProvided]);
  // --- end classroom

  const loadError = boundaries.error ?? labels.error;
  const retry = () => {
    if (boundaries.isError) void boundaries.refetch();
    if (labels.isError) void labels.refetch();
  };
  return { hover, loadError, retry, ready: mapData !== null };
}
