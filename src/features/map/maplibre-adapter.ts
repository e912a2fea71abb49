/**
 * The MapLibre implementation of MapAdapter. With maplibre-map.ts, maplibre-pointer.ts and
 * maplibre-frame.ts it is the only code that imports maplibre-gl (ESLint enforces it), loaded
 * with a dynamic import, so MapLibre (~800 KB) arrives in its own chunk after the shell.
 */
import type * as maplibregl from 'maplibre-gl';
import type { MapData } from '@/datasets/join';
import type { Camera } from '@/store/url-state';
import { SOURCE } from './map-style';
import { createMap } from './maplibre-map';
import { createPointer } from './maplibre-pointer';
import { createMapStyling } from './map-styling';
import { keepFitted } from './fit-keeper';
import { viewBoundsOf } from './view-bounds';
import { labelsAfterCountries, redrawAfterNextPaint } from './maplibre-frame';
import { copyCanvas, renderAt } from './maplibre-render';
import { loadPicture, vectorMethods } from './svg-picture-loader';
import {
  DEFAULT_DISPLAY,
  type MapAdapter,
  type MapAdapterOptions,
  type MapDisplay,
} from './map-adapter';

export async function createMaplibreAdapter(options: MapAdapterOptions): Promise<MapAdapter> {
  const { map, setMessages } = await createMap(options);

  const fitKept = keepFitted(map, options.reducedMotion);
  const state = (iso3: string, s: Record<string, boolean>) => {
    map.setFeatureState({ source: SOURCE.countries, id: iso3 }, s);
    map.setFeatureState({ source: SOURCE.labels, id: iso3 }, s);
  };

  const styling = createMapStyling({
    hasLayer: (id) => map.getLayer(id) !== undefined,
    addLayer: (layer) => map.addLayer(layer as maplibregl.LayerSpecification),
    setPaintProperty: (l, p, v) => map.setPaintProperty(l, p as never, v as never),
    setLayoutProperty: (l, p, v) => map.setLayoutProperty(l, p as never, v as never),
  });
  let focused: string | null = null;
  let highlighted = new Set<string>();
  let selected: string | null = null;
  let dimmed = new Set<string>();
  let muted = new Set<string>();
  const flagAll = (flag: string, before: Set<string>, after: Set<string>) => {
    for (const id of before) if (!after.has(id)) state(id, { [flag]: false });
    for (const id of after) if (!before.has(id)) state(id, { [flag]: true });
    return after;
  };
  let data: MapData | null = null;
  let display: MapDisplay = DEFAULT_DISPLAY;
  const outlines = () =>
    styling.setOutlines({
      selected: selected !== null,
      focused: focused !== null,
      highlighted: highlighted.size > 0,
    });
  const drawn = labelsAfterCountries(map, SOURCE.countries, () => styling.addLabels());
  // The handout's vector map: its code comes once the map is idle, so a print can draw it at once.
  void map.once('idle').then(() => loadPicture().catch(() => {}));
  const pointer = createPointer(map, () => ({ data, dimmed }));
  const getCamera = (): Camera => {
    const c = map.getCenter();
    return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
  };

  return {
    setData(next) {
      // The same data again (the handover from the SVG map) would only re-tile it.
      if (next === data) return;
      data = next;
      (map.getSource(SOURCE.countries) as maplibregl.GeoJSONSource).setData(next.countries);
      (map.getSource(SOURCE.labels) as maplibregl.GeoJSONSource).setData(next.labels);
    },
    setDimmed(iso3s, mutedIso3s = []) {
      dimmed = flagAll('dimmed', dimmed, new Set(iso3s));
      muted = flagAll('muted', muted, new Set(mutedIso3s));
    },
    setSelected(iso3) {
      if (selected) state(selected, { selected: false });
      selected = iso3;
      if (iso3) state(iso3, { selected: true });
      outlines();
    },
    revealCountry(which) {
      const ids = new Set(typeof which === 'string' ? [which] : which);
      const points = (data?.labels.features ?? [])
        .filter((l) => ids.has(l.properties.iso3))
        .map((l) => l.geometry.coordinates as [number, number]);
      const container = map.getContainer();
      const { clientWidth: w, clientHeight: h } = container;
      // The part of the map a sheet covers (a phone's country panel), as the page's CSS says
      // through scroll-padding-bottom (map.css): a country there is not in view.
      const covered = parseFloat(getComputedStyle(container).scrollPaddingBottom) || 0;
      const margin = 40;
      const shown = ([lon, lat]: [number, number]) => {
        const p = map.project([lon, lat]);
        return p.x >= margin && p.y >= margin && p.x <= w - margin && p.y <= h - covered - margin;
      };
      if (points.length === 0 || points.every(shown)) return;
      if (typeof which !== 'string') fitKept(null);
      const animation = options.reducedMotion ? { animate: false } : { duration: 600 };
      if (points.length > 1) {
        const lons = points.map((p) => p[0]);
        const lats = points.map((p) => p[1]);
        const box: [number, number, number, number] = [
          Math.min(...lons),
          Math.min(...lats),
          Math.max(...lons),
          Math.max(...lats),
        ];
        map.fitBounds(box, { padding: margin, maxZoom: 6, ...animation });
        return;
      }
      // Centred in the part left uncovered.
      const target = {
        center: points[0]!,
        zoom: Math.max(map.getZoom(), 3),
        offset: [0, -covered / 2] as [number, number],
      };
      map.easeTo({ ...target, ...animation });
    },
    getCamera,
    jumpTo: (c) => void map.jumpTo({ center: [c.lon, c.lat], zoom: c.zoom }),
    drawn: () => drawn,
    panBy(dx, dy) {
      fitKept(null);
      map.panBy([dx, dy], { animate: !options.reducedMotion });
    },
    zoomBy(delta) {
      fitKept(null);
      map.zoomTo(map.getZoom() + delta, { animate: !options.reducedMotion });
    },
    setFocused(iso3) {
      if (focused) state(focused, { focused: false });
      focused = iso3;
      if (iso3) state(iso3, { focused: true });
      outlines();
    },
    setHighlighted(iso3s) {
      const next = new Set(iso3s);
      for (const id of highlighted) if (!next.has(id)) state(id, { highlighted: false });
      for (const id of next) state(id, { highlighted: true });
      highlighted = next;
      outlines();
    },
    fitBounds: fitKept,
    keptBounds: fitKept.kept,
    viewBounds: () => fitKept.kept() ?? viewBoundsOf(getCamera(), map.getContainer()),
    setDisplay(next) {
      display = next;
      styling.setDisplay(next);
    },
    async snapshot(override = {}) {
      const { picture, ...shown } = override;
      if (picture && data)
        return renderAt(map, options, {
          size: picture,
          ...picture,
          display: { ...display, ...shown },
          data,
          flags: { dimmed, muted, highlighted, selected: selected ? [selected] : [] },
        });
      // An export made before the names arrived still shows them.
      if (data) styling.addLabels();
      const changed = override.patterns !== undefined && override.patterns !== display.patterns;
      if (changed) styling.setDisplay({ ...display, ...override });
      const idle = map.once('idle');
      map.triggerRepaint();
      await idle;
      // A copy: the screen map goes back to the reader's display at once.
      const shot = copyCanvas(map.getCanvas());
      if (changed) styling.setDisplay(display);
      return shot;
    },
    canvas: () => map.getCanvas(),
    ...vectorMethods((picture) => {
      const { clientWidth: width, clientHeight: height } = map.getContainer();
      const flags = { dimmed, muted, highlighted, selected };
      return (
        data && { data, camera: getCamera(), screen: { width, height }, picture, display, flags }
      );
    }),
    onCountryClick(cb) {
      const handler = (e: maplibregl.MapMouseEvent) => {
        redrawAfterNextPaint(map);
        cb(pointer.pickAt(e));
      };
      map.on('click', handler);
      return () => void map.off('click', handler);
    },
    onHover: pointer.onHover,
    onMoveEnd(cb) {
      const handler = () => cb(getCamera());
      map.on('moveend', handler);
      return () => void map.off('moveend', handler);
    },
    setMessages,
    destroy: () => map.remove(),
  };
}
