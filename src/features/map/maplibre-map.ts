/**
 * The MapLibre map itself: the worker, the WebGL check, the options (and why each), the
 * controls and the pattern images. Part of the MapLibre adapter (maplibre-adapter.ts).
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { allPatternImages } from '@/theme/patterns';
import { buildStyle } from './map-style';
import {
  DEFAULT_CAMERA,
  WebGLUnavailableError,
  type MapAdapterOptions,
  type MapMessages,
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

/** MapLibre's own words (its `locale` table) that this map shows: the controls and the canvas. */
const localeOf = (m: MapMessages) => ({
  'NavigationControl.ZoomIn': m.zoomIn,
  'NavigationControl.ZoomOut': m.zoomOut,
  'AttributionControl.ToggleAttribution': m.attributionToggle,
  'Map.Title': m.map,
});

/**
 * The zoom buttons and the attribution, in the reader's language. MapLibre reads its `locale`
 * when a control is added (there is no setter): a change of language replaces the controls.
 */
function localisedControls(map: maplibregl.Map, first: MapMessages) {
  let shown: maplibregl.IControl[] = [];
  let said: MapMessages | null = null;
  const say = (m: MapMessages) => {
    if (said && (Object.keys(m) as (keyof MapMessages)[]).every((k) => m[k] === said?.[k])) return;
    said = m;
    map._locale = { ...map._locale, ...localeOf(m) };
    map.getCanvas().setAttribute('aria-label', m.map);
    for (const c of shown) map.removeControl(c);
    const nav = new maplibregl.NavigationControl({ showCompass: false });
    const credit = new maplibregl.AttributionControl({
      compact: true,
      customAttribution: m.attribution,
    });
    map.addControl(nav, 'top-right');
    map.addControl(credit);
    shown = [nav, credit];
  };
  say(first);
  return say;
}

export async function createMap(
  options: MapAdapterOptions,
  /** A picture's own map (maplibre-render.ts) draws at its own pixel ratio. */
  extra: { pixelRatio?: number } = {},
): Promise<{ map: maplibregl.Map; setMessages: (m: MapMessages) => void }> {
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
    locale: localeOf(options.messages),
    ...(extra.pixelRatio ? { pixelRatio: extra.pixelRatio } : {}),
  });
  map.touchZoomRotate.disableRotation();
  const setMessages = localisedControls(map, options.messages);
  await map.once('load');
  for (const img of allPatternImages())
    map.addImage(img.id, { width: img.width, height: img.height, data: img.data });
  // Exposed for the browser tests and the benchmark only; the app never reads it.
  (options.container as HTMLElement & { __map?: maplibregl.Map }).__map = map;

  return { map, setMessages };
}
