/**
 * A picture of another view than the screen's (map-port.ts's `PictureView`): a lesson's step
 * printed on its own page, or the worksheet's blank map. The screen's data is re-typed for the
 * view's date, the camera fitted to the view's bounds in the picture's own shape, and the flags
 * are the view's. Pure: the screen's map is not touched.
 */
import type { CountryProps, MapData } from '@/datasets/join';
import type { PictureView } from '@/ports/map-port';
import { DEFAULT_CAMERA } from './map-adapter';
import { fitCamera } from './svg-camera';
import type { PictureRequest } from './svg-picture';

/** The screen the opening camera was chosen for: the picture shows what it would. */
const OPENING_SCREEN = { width: 1280, height: 720 };
/** As a lesson step's bounds are fitted on screen (fit-keeper.ts), scaled to a page's picture. */
const FIT = { padding: 16, maxZoom: 6 };

function retyped(data: MapData, types: PictureView['types']): MapData {
  const props = (p: CountryProps): CountryProps => {
    const own: CountryProps = { ...p };
    delete own.type; // the screen's date's type
    const type = types[p.iso3];
    return type ? { ...own, type } : own;
  };
  return {
    countries: {
      ...data.countries,
      features: data.countries.features.map((f) => ({ ...f, properties: props(f.properties) })),
    },
    labels: {
      ...data.labels,
      features: data.labels.features.map((f) => ({ ...f, properties: props(f.properties) })),
    },
  };
}

/** The request for the picture's own view; the screen's request when it has none. */
export function viewRequest(r: PictureRequest): PictureRequest {
  const view = r.picture.view;
  if (!view) return r;
  const size = { width: r.picture.width, height: r.picture.height };
  return {
    ...r,
    // A blank map keeps the types only to name the countries in the data (blankOut hides them).
    data: retyped(r.data, view.types),
    // The picture's camera is the screen's scaled to the picture: a screen of the picture's size.
    camera: view.bounds ? fitCamera(view.bounds, size, FIT) : DEFAULT_CAMERA,
    screen: view.bounds ? size : OPENING_SCREEN,
    picture: view.blank ? { ...r.picture, patterns: false } : r.picture,
    display: { ...r.display, concealed: false, theme: 'light' },
    flags: view.blank
      ? { dimmed: [], muted: [], selected: null, highlighted: [] }
      : {
          dimmed: view.dimmed,
          muted: view.muted,
          selected: view.selected,
          highlighted: view.highlighted,
        },
  };
}

/**
 * The worksheet's blank map: every country and marker white, every name black on a white halo
 * (a name's ink followed its type's colour), and no pattern left in the picture.
 */
export function blankOut(svg: SVGSVGElement) {
  for (const shape of svg.querySelectorAll('path[data-iso3], circle[data-iso3]'))
    shape.setAttribute('fill', '#ffffff');
  for (const name of svg.querySelectorAll('text[data-iso3]')) {
    name.setAttribute('fill', '#000000');
    name.setAttribute('stroke', 'rgba(255,255,255,0.9)');
  }
  for (const pattern of svg.querySelectorAll('defs pattern')) pattern.remove();
}
