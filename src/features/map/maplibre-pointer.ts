/**
 * The pointer on the MapLibre map: which country a click picks (small-country markers and near
 * misses, picking.ts) and what the hover outlines and tells. Part of the MapLibre adapter.
 */
import type * as maplibregl from 'maplibre-gl';
import type { MapData } from '@/datasets/join';
import { LAYER, SOURCE } from './map-style';
import { pickCountry, TOLERANCE, type ScreenCandidate } from './picking';
import type { HoverInfo } from './map-adapter';

/** How long the pointer rests on a country before its hover outline is drawn. */
export const HOVER_REST_MS = 100;

export function createPointer(
  map: maplibregl.Map,
  current: () => { data: MapData | null; dimmed: ReadonlySet<string> },
) {
  const layersForHit = [LAYER.fill];
  // A micro-state's marker sits above the fills, so it wins where both are under the pointer.
  const countryAt = (point: maplibregl.PointLike) =>
    map.queryRenderedFeatures(point, { layers: [LAYER.marker, ...layersForHit] })[0];
  let hovered: string | null = null;
  let rest: ReturnType<typeof setTimeout> | undefined;
  const outline = (iso3: string | null) => {
    if (iso3 === hovered) return;
    if (hovered) map.setFeatureState({ source: SOURCE.countries, id: hovered }, { hover: false });
    if (iso3) map.setFeatureState({ source: SOURCE.countries, id: iso3 }, { hover: true });
    hovered = iso3;
  };

  /** Small-country markers and near misses (picking.ts), from the click's screen position. */
  const pickAt = (e: maplibregl.MapMouseEvent): string | null => {
    const ev = e.originalEvent as PointerEvent | undefined;
    const touch = ev?.pointerType === 'touch' || String(ev?.type).startsWith('touch');
    const tol = touch ? TOLERANCE.touch : TOLERANCE.mouse;
    const { x, y } = e.point;
    const box: [maplibregl.PointLike, maplibregl.PointLike] = [
      [x - tol, y - tol],
      [x + tol, y + tol],
    ];
    const near = new Set(
      map
        .queryRenderedFeatures(box, { layers: layersForHit })
        .map((f) => String(f.properties.iso3)),
    );
    const candidates: ScreenCandidate[] = [];
    const { data, dimmed } = current();
    for (const l of data?.labels.features ?? []) {
      const { iso3, small } = l.properties;
      if (!small && !near.has(iso3)) continue;
      if (small && dimmed.has(iso3)) continue;
      const p = map.project(l.geometry.coordinates as [number, number]);
      candidates.push({ iso3, x: p.x, y: p.y, small: !!small && map.getZoom() < 6.5 });
    }
    const under = countryAt(e.point);
    return pickCountry({
      point: e.point,
      under: under ? String(under.properties.iso3) : null,
      candidates,
      tolerance: tol,
    });
  };

  const onHover = (cb: (info: HoverInfo | null) => void) => {
    const move = (e: maplibregl.MapMouseEvent) => {
      const f = countryAt(e.point);
      const iso3 = f ? String(f.properties.iso3) : null;
      // The outline waits for the pointer to rest: under software WebGL its frame costs ~110 ms,
      // and a press arriving during it (move, then click at once) waited for the frame.
      clearTimeout(rest);
      if (iso3 !== hovered) rest = setTimeout(() => outline(iso3), HOVER_REST_MS);
      map.getCanvas().style.cursor = f ? 'pointer' : '';
      const info: HoverInfo | null = f
        ? {
            iso3: iso3!,
            name: String(f.properties.name),
            type: f.properties.type as string | undefined,
            x: e.point.x,
            y: e.point.y,
          }
        : null;
      cb(info);
    };
    // A press is not a hover: its frame would delay the click's panel.
    const press = () => clearTimeout(rest);
    const leave = () => {
      clearTimeout(rest);
      outline(null);
      cb(null);
    };
    map.on('mousemove', move);
    map.on('mousedown', press);
    map.on('mouseout', leave);
    // A layout change (a panel opening) moves the map under a still pointer: the label would
    // float over whatever is there now, so it goes until the pointer moves again.
    map.on('resize', leave);
    return () => {
      clearTimeout(rest);
      map.off('mousemove', move);
      map.off('mousedown', press);
      map.off('mouseout', leave);
      map.off('resize', leave);
    };
  };

  return { pickAt, onHover };
}
