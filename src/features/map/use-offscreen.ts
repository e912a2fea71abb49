/**
 * The record's countries outside the map's view, from the camera the map reports when it
 * settles (and its size then): the map is the outside system, so its settled view is kept here
 * as it reports it, and the list is derived from that view and the data.
 */
import { useEffect, useMemo, useState, type RefObject } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Dataset } from '@/datasets/dataset';
import { labelPointsQuery } from '@/datasets/queries';
import type { Camera } from '@/store/url-state';
import { useFormat } from '@/i18n';
import type { MapAdapter } from './map-adapter';
import { offscreen, type PlacedCountry, type Size } from './offscreen';

export function useOffscreen(
  adapter: MapAdapter | null,
  dataset: Dataset | undefined,
  container: RefObject<HTMLElement | null>,
) {
  const labels = useQuery(labelPointsQuery());
  const [view, setView] = useState<{ camera: Camera; size: Size } | null>(null);
  const fmt = useFormat();

  useEffect(() => {
    if (!adapter) return;
    const seen = (camera: Camera) => {
      const el = container.current;
      setView({ camera, size: { width: el?.clientWidth ?? 0, height: el?.clientHeight ?? 0 } });
    };
    seen(adapter.getCamera());
    return adapter.onMoveEnd(seen);
  }, [adapter, container]);

  const placed = useMemo((): PlacedCountry[] => {
    if (!dataset || !labels.data) return [];
    return labels.data.features.flatMap((f) => {
      const c = dataset.byIso3.get(f.properties.iso3);
      const [lon, lat] = f.geometry.coordinates;
      return c ? [{ iso3: c.iso3, name: fmt.countryName(c.iso3, c.name), lon, lat }] : [];
    });
  }, [dataset, labels.data, fmt]);

  const out = useMemo(
    () => (view ? offscreen(placed, view.camera, view.size, fmt.compare) : []),
    [placed, view, fmt],
  );
  return {
    offscreen: out,
    total: dataset?.countries.length ?? 0,
    compact: (view?.size.width ?? 0) < 640,
    reveal: (iso3: string) => adapter?.revealCountry([iso3]),
    showAll: () => adapter?.revealCountry(placed.map((c) => c.iso3)),
  };
}
