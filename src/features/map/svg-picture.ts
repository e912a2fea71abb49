/**
 * The map as a picture of its own, drawn as SVG: the handout's map (vector, so it prints crisp
 * at any DPI, with patterns) and, on the SVG renderer, the image export (rasterised at the
 * image's own resolution). Whatever renderer the screen uses, the picture shows the screen's
 * view contained in the picture's shape, with the screen's flags and names of a size chosen for
 * the picture. Built off-document with the SVG map's own scene (svg-scene.ts), so the two
 * cannot drift; loaded lazily (svg-picture-loader.ts) by the MapLibre adapter.
 */
import type { MapData } from '@/datasets/join';
import type { Camera } from '@/store/url-state';
import type { VectorPicture } from '@/ports/map-port';
import type { MapDisplay } from './map-adapter';
import { constrain, projectUnit, type Size } from './svg-camera';
import { createScene } from './svg-scene';
import { svgLook } from './svg-style';
import { el } from './svg-dom';
import { svgPattern } from './svg-patterns';
import { hatchPath, motifInk } from '@/theme/hatch';
import type { Shape } from './svg-geometry';
import type { CommitmentTypeId } from '@/datasets/schemas';
import { blankOut, viewRequest } from './svg-picture-view';

export interface PictureRequest {
  data: MapData;
  /** The screen's camera and the size of the map it is drawn in. */
  camera: Camera;
  screen: Size;
  /** The picture's size and names, CSS px, and patterns if it overrides the display's. */
  picture: VectorPicture;
  display: MapDisplay;
  flags: {
    dimmed: Iterable<string>;
    muted: Iterable<string>;
    selected: string | null;
    highlighted: Iterable<string>;
  };
}

/** The screen's view in the picture: same centre, zoom changed by the smaller size ratio. */
export function pictureCamera(camera: Camera, screen: Size, size: Size): Camera {
  const fit = Math.min(
    size.width / Math.max(screen.width, 1),
    size.height / Math.max(screen.height, 1),
  );
  return constrain({ ...camera, zoom: camera.zoom + Math.log2(fit) }, size);
}

/** A standalone <svg> element (not in the document), every look an attribute. */
export function drawPicture(request: PictureRequest): SVGSVGElement {
  const r = viewRequest(request);
  const { patterns = r.display.patterns, labelSize, ...size } = r.picture;
  const camera = pictureCamera(r.camera, r.screen, size);
  const scene = createScene(document.createElement('div'));
  const look = svgLook({ ...r.display, patterns });
  scene.setData(r.data);
  scene.full(
    {
      look: { ...look, labelSize: () => labelSize },
      dimmed: new Set(r.flags.dimmed),
      muted: new Set(r.flags.muted),
      selected: r.flags.selected,
      focused: null,
      hovered: null,
      highlighted: new Set(r.flags.highlighted),
    },
    camera,
    size,
  );
  const { svg } = scene;
  if (look.patterns) hatchForPaper(svg, scene.shapes(), camera, size);
  // A worksheet's blank map: white countries the class colours in, their borders and names.
  if (r.picture.view?.blank) blankOut(svg);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('width', String(size.width));
  svg.setAttribute('height', String(size.height));
  svg.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  svg.removeAttribute('aria-hidden');
  return svg;
}

/** The picture as an SVG document (a string), e.g. for an <img> or a file. */
export function pictureMarkup(r: PictureRequest): string {
  return new XMLSerializer().serializeToString(drawPicture(r));
}

/**
 * Replaces the <pattern> fills with vector hatching (theme/hatch.ts): per type, the base colour
 * and the motif's ink over the box its countries cover in the picture, clipped to them, drawn
 * under the countries (now unfilled) so their borders stay on top.
 */
function hatchForPaper(svg: SVGSVGElement, shapes: readonly Shape[], camera: Camera, size: Size) {
  const world = svg.querySelector('g[transform]')!;
  const defs = svg.querySelector('defs')!;
  const boxes = new Map(shapes.map((s) => [s.iso3, s.bbox]));
  const byType = new Map<CommitmentTypeId, SVGPathElement[]>();
  for (const path of svg.querySelectorAll<SVGPathElement>('path[data-iso3]')) {
    const type = /^url\(#pattern-(.+)\)$/.exec(path.getAttribute('fill') ?? '')?.[1];
    if (type)
      byType.set(type as CommitmentTypeId, [...(byType.get(type as CommitmentTypeId) ?? []), path]);
  }
  for (const [type, paths] of byType) {
    const box = { x0: size.width, y0: size.height, x1: 0, y1: 0 };
    for (const p of paths) {
      const [u0, v0, u1, v1] = boxes.get(p.dataset.iso3!)!;
      const a = projectUnit(camera, size, u0, v0);
      const b = projectUnit(camera, size, u1, v1);
      [box.x0, box.y0] = [Math.max(0, Math.min(box.x0, a.x)), Math.max(0, Math.min(box.y0, a.y))];
      [box.x1, box.y1] = [
        Math.min(size.width, Math.max(box.x1, b.x)),
        Math.min(size.height, Math.max(box.y1, b.y)),
      ];
      p.setAttribute('fill', 'none');
    }
    if (box.x1 <= box.x0 || box.y1 <= box.y0) continue;
    const id = `paper-${type}`;
    const clip = el('clipPath', { id }, defs);
    for (const p of paths)
      el('path', { d: p.getAttribute('d')!, transform: world.getAttribute('transform')! }, clip);
    const { fill, ink } = svgPattern(type);
    const g = el('g', { 'clip-path': `url(#${id})`, 'data-hatch': type });
    svg.insertBefore(g, world);
    const [x, y] = [Math.floor(box.x0), Math.floor(box.y0)];
    el('rect', { x, y, width: Math.ceil(box.x1) - x, height: Math.ceil(box.y1) - y, fill }, g);
    el(
      'path',
      { d: hatchPath(motifInk(type), box), fill: ink, 'shape-rendering': 'crispEdges' },
      g,
    );
  }
}
