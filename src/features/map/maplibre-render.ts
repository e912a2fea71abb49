/**
 * The map drawn afresh at a size of its own, for the handout and the image export: a second,
 * hidden MapLibre map the size of the picture, showing (at least) what the screen shows, with
 * names at a size chosen for the picture. A screen capture scaled to paper or to a slide made
 * names ~5 pt on A4 and ~12 px on a 1920×1080 slide, and took the screen's shape (a thin strip
 * when printed from a lesson). Part of the MapLibre adapter.
 */
import type * as maplibregl from 'maplibre-gl';
import type { MapData } from '@/datasets/join';
import { createMap } from './maplibre-map';
import { createMapStyling } from './map-styling';
import { LAYER, SOURCE } from './map-style';
import type { MapAdapterOptions, MapDisplay } from './map-adapter';

export interface RenderRequest {
  size: { width: number; height: number };
  pixelRatio: number;
  /** Country names, CSS px of the picture. */
  labelSize: number;
  display: MapDisplay;
  data: MapData;
  /** The countries flagged on the screen's map, carried over. */
  flags: Readonly<Record<'dimmed' | 'muted' | 'selected' | 'highlighted', Iterable<string>>>;
}

export async function renderAt(
  screen: maplibregl.Map,
  { fontUrls, messages }: Pick<MapAdapterOptions, 'fontUrls' | 'messages'>,
  r: RenderRequest,
): Promise<HTMLCanvasElement> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-30000px',
    top: '0',
    width: `${r.size.width}px`,
    height: `${r.size.height}px`,
  });
  document.body.append(container);
  // The screen's view, contained in the picture (zoom changes by the smaller size ratio).
  const { clientWidth: w, clientHeight: h } = screen.getContainer();
  const fit = Math.min(r.size.width / Math.max(w, 1), r.size.height / Math.max(h, 1));
  const c = screen.getCenter();
  const { map } = await createMap(
    {
      container,
      camera: { lon: c.lng, lat: c.lat, zoom: Math.max(1, screen.getZoom() + Math.log2(fit)) },
      fontUrls,
      reducedMotion: true,
      messages,
    },
    { pixelRatio: r.pixelRatio },
  );
  try {
    const styling = createMapStyling({
      hasLayer: (id) => map.getLayer(id) !== undefined,
      addLayer: (layer) => map.addLayer(layer as maplibregl.LayerSpecification),
      setPaintProperty: (l, p, v) => map.setPaintProperty(l, p as never, v as never),
      setLayoutProperty: (l, p, v) => map.setLayoutProperty(l, p as never, v as never),
    });
    styling.setDisplay(r.display);
    (map.getSource(SOURCE.countries) as maplibregl.GeoJSONSource).setData(r.data.countries);
    (map.getSource(SOURCE.labels) as maplibregl.GeoJSONSource).setData(r.data.labels);
    styling.addLabels();
    map.setLayoutProperty(LAYER.label, 'text-size', r.labelSize);
    const shown = { selected: false, highlighted: false, focused: false };
    for (const [flag, ids] of Object.entries(r.flags))
      for (const id of ids) {
        map.setFeatureState({ source: SOURCE.countries, id }, { [flag]: true });
        map.setFeatureState({ source: SOURCE.labels, id }, { [flag]: true });
        if (flag === 'selected' || flag === 'highlighted') shown[flag] = true;
      }
    styling.setOutlines(shown);
    await map.once('idle');
    return copyCanvas(map.getCanvas());
  } finally {
    map.remove();
    container.remove();
  }
}

/** A copy of a WebGL canvas (its drawing buffer is not kept, and the map draws on). */
export function copyCanvas(drawn: HTMLCanvasElement): HTMLCanvasElement {
  const shot = document.createElement('canvas');
  [shot.width, shot.height] = [drawn.width, drawn.height];
  shot.getContext('2d')?.drawImage(drawn, 0, 0);
  return shot;
}
