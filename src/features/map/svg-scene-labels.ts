/**
 * The country names on the SVG map: one <text> per country in the data (created with the data),
 * placed on every camera change by svg-labels.ts's collision rule, hidden when the filter dims
 * the country or the display hides names. Part of svg-scene.ts.
 */
import type { MapData, CountryProps } from '@/datasets/join';
import type { Camera } from '@/store/url-state';
import { project, type Size } from './svg-camera';
import { placeLabels, wrapName, CHAR_EM } from './svg-labels';

const NS = 'http://www.w3.org/2000/svg';
const MAX_CHARS = Math.floor(7 / CHAR_EM);

interface Name {
  iso3: string;
  name: string;
  lon: number;
  lat: number;
  node: SVGTextElement;
}

export function createLabels(group: SVGGElement) {
  let names: Name[] = [];
  return {
    setData(data: MapData, ink: (type: CountryProps['type']) => { ink: string; halo: string }) {
      group.replaceChildren();
      names = data.labels.features
        .filter((f) => f.properties.type)
        .map((f) => {
          const { iso3, name, type } = f.properties;
          const node = document.createElementNS(NS, 'text');
          const { ink: fill, halo } = ink(type);
          node.setAttribute('fill', fill);
          node.setAttribute('stroke', halo);
          node.setAttribute('stroke-width', '2.4');
          node.setAttribute('paint-order', 'stroke');
          node.setAttribute('stroke-linejoin', 'round');
          node.setAttribute('data-iso3', iso3);
          const lines = wrapName(name, MAX_CHARS);
          lines.forEach((line, i) => {
            const span = document.createElementNS(NS, 'tspan');
            span.setAttribute('x', '0');
            // Centred on the label point as a block: first line up by half the others.
            span.setAttribute(
              'dy',
              i === 0 ? `${(0.35 - 0.6 * (lines.length - 1)).toFixed(2)}em` : '1.2em',
            );
            span.textContent = line;
            node.appendChild(span);
          });
          group.appendChild(node);
          const [lon, lat] = f.geometry.coordinates as [number, number];
          return { iso3, name, lon, lat, node };
        });
    },
    /** `fontSize` 0 hides every name (concealed). */
    place(camera: Camera, size: Size, fontSize: number, dimmed: ReadonlySet<string>) {
      group.setAttribute('display', fontSize > 0 ? 'inline' : 'none');
      if (fontSize <= 0) return;
      group.setAttribute('font-size', fontSize.toFixed(1));
      const shown = names.filter((n) => !dimmed.has(n.iso3));
      const byIso3 = new Map(names.map((n) => [n.iso3, n]));
      const placed = placeLabels(
        shown.map((n) => ({ iso3: n.iso3, name: n.name, ...project(camera, size, n.lon, n.lat) })),
        fontSize,
        size,
      );
      const on = new Set(placed.map((p) => p.iso3));
      for (const p of placed)
        byIso3
          .get(p.iso3)!
          .node.setAttribute('transform', `translate(${p.x.toFixed(1)} ${p.y.toFixed(1)})`);
      for (const n of names) n.node.setAttribute('display', on.has(n.iso3) ? 'inline' : 'none');
    },
  };
}
