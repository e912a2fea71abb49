/**
 * The SVG implementation of MapAdapter, for browsers without WebGL 2: the same data, camera,
 * palette, patterns and interactions as the MapLibre map, drawn as SVG (svg-scene.ts) with
 * d3-geo's projection. Loaded lazily in its own chunk (adapter-context.ts), only when needed.
 */
import type { Camera } from '@/store/url-state';
import type { MapData } from '@/datasets/join';
import {
  DEFAULT_CAMERA,
  DEFAULT_DISPLAY,
  type MapAdapter,
  type MapAdapterOptions,
} from './map-adapter';
import { constrain, panCamera, project, type Size } from './svg-camera';
import { createScene, type SceneState } from './svg-scene';
import { createSvgPointer } from './svg-pointer';
import { countryUnder, pickOnSvg, type LabelSpot } from './svg-picking';
import { svgLook } from './svg-style';
import { rasterise } from './svg-snapshot';
import { loadPicture, vectorMethods } from './svg-picture-loader';
import { createSvgControls } from './svg-controls';
import { createSvgCamera } from './svg-camera-motion';
import { keepFitted } from './fit-keeper';
import { viewBoundsOf } from './view-bounds';

export async function createSvgAdapter(options: MapAdapterOptions): Promise<MapAdapter> {
  const { container } = options;
  const size = (): Size => ({ width: container.clientWidth, height: container.clientHeight });
  const scene = createScene(container);
  let display = DEFAULT_DISPLAY;
  const st: SceneState = {
    look: svgLook(display),
    dimmed: new Set(),
    muted: new Set(),
    selected: null,
    focused: null,
    hovered: null,
    highlighted: new Set(),
  };
  let data: MapData | null = null;
  let spots: LabelSpot[] = [];
  let last: HTMLCanvasElement | null = null;
  let markDrawn = () => {};
  const drawn = new Promise<void>((resolve) => (markDrawn = resolve));

  const motion = createSvgCamera({
    initial: constrain(options.camera ?? DEFAULT_CAMERA, size()),
    size,
    reducedMotion: options.reducedMotion,
    draw: (camera) => scene.place(st, camera, size()),
  });
  const fitKept = keepFitted(motion, options.reducedMotion);
  const controls = createSvgControls(
    container,
    (d) => {
      fitKept(null);
      motion.zoomTo(motion.camera().zoom + d);
    },
    options.messages,
  );
  const pointer = createSvgPointer(scene.svg, {
    size,
    camera: motion.camera,
    move: (c) => motion.jump(c, true),
    settle: motion.settle,
    pick: (point, tolerance) =>
      pickOnSvg({
        shapes: scene.shapes(),
        labels: spots,
        dimmed: st.dimmed,
        camera: motion.camera(),
        size: size(),
        point,
        tolerance,
      }),
    under: (p) => countryUnder(scene.shapes(), motion.camera(), size(), p),
    hoverOutline: (iso3) => {
      st.hovered = iso3;
      scene.outlines(st);
    },
  });
  const resize =
    typeof ResizeObserver === 'function' ? new ResizeObserver(() => motion.resized()) : null;
  resize?.observe(container);

  const outlines = () => scene.outlines(st);
  const redraw = () => scene.full(st, motion.camera(), size());
  // For the browser tests and the redraw measurement only; the app never reads it.
  (container as HTMLElement & { __svgMap?: unknown }).__svgMap = { redraw, camera: motion.camera };

  return {
    setData(next) {
      data = next;
      spots = next.labels.features.map((f) => {
        const [lon, lat] = f.geometry.coordinates as [number, number];
        return { iso3: f.properties.iso3, lon, lat, small: !!f.properties.small };
      });
      scene.setData(next);
      redraw();
      markDrawn();
    },
    setDimmed(iso3s, muted = []) {
      st.dimmed = new Set(iso3s);
      st.muted = new Set(muted);
      scene.fills(st);
      scene.place(st, motion.camera(), size());
    },
    setSelected(iso3) {
      st.selected = iso3;
      outlines();
    },
    revealCountry(iso3) {
      const f = data?.labels.features.find((l) => l.properties.iso3 === iso3);
      if (!f) return;
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const { width: w, height: h } = size();
      const p = project(motion.camera(), size(), lon, lat);
      const margin = 40;
      if (p.x >= margin && p.y >= margin && p.x <= w - margin && p.y <= h - margin) return;
      motion.easeTo({ lon, lat, zoom: Math.max(motion.camera().zoom, 3) }, 600);
    },
    getCamera: motion.camera,
    jumpTo: (c) => motion.jump(c),
    drawn: () => drawn,
    setFocused(iso3) {
      st.focused = iso3;
      outlines();
    },
    setHighlighted(iso3s) {
      st.highlighted = new Set(iso3s);
      outlines();
    },
    fitBounds: fitKept,
    keptBounds: fitKept.kept,
    viewBounds: () => fitKept.kept() ?? viewBoundsOf(motion.camera(), container),
    setDisplay(next) {
      display = next;
      st.look = svgLook(next);
      redraw();
    },
    panBy(dx, dy) {
      fitKept(null);
      motion.easeTo(panCamera(motion.camera(), size(), dx, dy), 300);
    },
    zoomBy(delta) {
      fitKept(null);
      motion.zoomTo(motion.camera().zoom + delta);
    },
    async snapshot(override = {}) {
      const { picture, ...shown } = override;
      if (picture && data) {
        // The image export: drawn afresh at the image's size, names at the image's own size.
        const { drawPicture } = await loadPicture();
        const svg = drawPicture({
          ...{ data, camera: motion.camera(), screen: size(), display, flags: st },
          picture: { ...picture, ...shown },
        });
        return rasterise(svg, picture.width, picture.height, picture.pixelRatio);
      }
      const changed = override.patterns !== undefined && override.patterns !== display.patterns;
      if (changed)
        scene.full({ ...st, look: svgLook({ ...display, ...override }) }, motion.camera(), size());
      try {
        last = await rasterise(scene.svg, size().width, size().height);
      } finally {
        if (changed) redraw();
      }
      return last;
    },
    canvas() {
      // Synchronous: the last image taken; a fresh one follows for the next print.
      void rasterise(scene.svg, size().width, size().height).then(
        (c) => (last = c),
        () => {},
      );
      return last ?? document.createElement('canvas');
    },
    ...vectorMethods(
      (picture) =>
        data && { data, camera: motion.camera(), screen: size(), picture, display, flags: st },
    ),
    onCountryClick: (cb) => pointer.onClick(cb),
    onHover(cb) {
      return pointer.onHover((p, iso3) => {
        const f = iso3 ? data?.countries.features.find((c) => c.properties.iso3 === iso3) : null;
        cb(
          f
            ? { iso3: iso3!, name: f.properties.name, type: f.properties.type, x: p.x, y: p.y }
            : null,
        );
      });
    },
    onMoveEnd: (cb) => motion.onMoveEnd(cb as (c: Camera) => void),
    setMessages: (m) => controls.setMessages(m),
    destroy() {
      resize?.disconnect();
      pointer.destroy();
      motion.destroy();
      controls.remove();
      scene.destroy();
    },
  };
}
