/**
 * Issue 14, part 3: the map as a picture of its own (svg-picture.ts): the handout's vector map
 * and, on the SVG renderer, the image export. It shows the screen's view inside its own shape,
 * with the screen's flags, names at the picture's size and patterns when asked.
 */
import { describe, expect, it } from 'vitest';
import { drawPicture, pictureCamera, pictureMarkup } from '@/features/map/svg-picture';
import { DEFAULT_CAMERA, DEFAULT_DISPLAY } from '@/features/map/map-adapter';
import { project, unproject } from '@/features/map/svg-camera';
import { mutedColor, NEUTRAL_COLOR, PALETTE } from '@/theme/palette';
import { labelPointOf, realMapData } from '../support/real-map-data';

const data = realMapData();
const screen = { width: 1280, height: 634 };
const picture = { width: 500, height: 380, labelSize: 11 };
// Countries of the record in the picture (those far off it carry no path data, svg-view.ts).
const inPicture = (iso3: string) => {
  const p = project(pictureCamera(DEFAULT_CAMERA, screen, picture), picture, ...labelPointOf(iso3));
  return p.x >= 0 && p.x <= picture.width && p.y >= 0 && p.y <= picture.height;
};
const typed = data.countries.features.filter(
  (f) => f.properties.type && inPicture(f.properties.iso3),
);
const [first, second] = typed;
const request = (over: Partial<Parameters<typeof drawPicture>[0]> = {}) => ({
  data,
  camera: DEFAULT_CAMERA,
  screen,
  picture,
  display: DEFAULT_DISPLAY,
  flags: { dimmed: [], muted: [], selected: null, highlighted: [] },
  ...over,
});
const fill = (svg: SVGSVGElement, iso3: string) =>
  svg.querySelector(`path[data-iso3="${iso3}"]`)!.getAttribute('fill');

describe('the map as a picture', () => {
  it('contains the screen’s whole view in the picture’s shape', () => {
    const camera = pictureCamera(DEFAULT_CAMERA, screen, picture);
    // The screen's corners, as longitude/latitude, fall inside the picture.
    for (const corner of [
      { x: 0, y: 0 },
      { x: screen.width, y: screen.height },
    ]) {
      const [lon, lat] = unproject(DEFAULT_CAMERA, screen, corner);
      const p = project(camera, picture, lon, lat);
      expect(p.x).toBeGreaterThanOrEqual(-0.5);
      expect(p.x).toBeLessThanOrEqual(picture.width + 0.5);
      expect(p.y).toBeGreaterThanOrEqual(-0.5);
      expect(p.y).toBeLessThanOrEqual(picture.height + 0.5);
    }
  });

  it('is a standalone SVG of the picture’s size with every country and names at its size', () => {
    const svg = drawPicture(request());
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${picture.width} ${picture.height}`);
    expect(svg.querySelectorAll('path[data-iso3]')).toHaveLength(data.countries.features.length);
    expect(svg.querySelector('g[font-size]')!.getAttribute('font-size')).toBe('11.0');
    expect(svg.querySelectorAll('text[display=inline]').length).toBeGreaterThan(0);
    expect(fill(svg, first!.properties.iso3)).toBe(PALETTE[first!.properties.type!].color);
    expect(pictureMarkup(request())).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('carries the screen’s flags and takes patterns for paper', () => {
    const a = first!.properties;
    const b = second!.properties;
    const svg = drawPicture(
      request({
        picture: { ...picture, patterns: true },
        flags: { dimmed: [a.iso3], muted: [b.iso3], selected: b.iso3, highlighted: [b.iso3] },
      }),
    );
    expect(fill(svg, a.iso3)).toBe(NEUTRAL_COLOR);
    expect(fill(svg, b.iso3)).toBe(mutedColor(PALETTE[b.type!].color, NEUTRAL_COLOR));
    // Patterns as vector hatching (a PDF turns an SVG <pattern> into a 72-dpi image): the
    // country unfilled over its type's hatch, clipped to it.
    const patterned = typed.find((f) => ![a.iso3, b.iso3].includes(f.properties.iso3))!;
    const { iso3, type } = patterned.properties;
    expect(fill(svg, iso3)).toBe('none');
    const hatch = svg.querySelector(`g[data-hatch="${type}"]`)!;
    expect(hatch.querySelector('rect')!.getAttribute('fill')).toBe(PALETTE[type!].color);
    const clip = svg.querySelector(hatch.getAttribute('clip-path')!.slice(4, -1))!;
    const d = svg.querySelector(`path[data-iso3="${iso3}"]`)!.getAttribute('d');
    expect([...clip.querySelectorAll('path')].map((p) => p.getAttribute('d'))).toContain(d);
    expect(svg.querySelectorAll('[fill^="url(#pattern"]')).toHaveLength(0);
    const bd = svg.querySelector(`path[data-iso3="${b.iso3}"]`)!.getAttribute('d');
    expect(svg.querySelector('path[data-outline=selected]')!.getAttribute('d')).toBe(bd);
    expect(svg.querySelector('path[data-outline=highlight]')!.getAttribute('d')).toBe(bd);
  });

  it('draws a view of its own (a printed lesson step): its types, flags and bounds', () => {
    const a = first!.properties;
    const types = { [a.iso3]: 'backstop' as const };
    const view = {
      types,
      bounds: [-10, 35, 30, 60] as const,
      selected: null,
      highlighted: [],
      dimmed: [],
      muted: [],
    };
    const svg = drawPicture(request({ picture: { ...picture, view } }));
    // Re-typed for the view's date: only the view's types are coloured.
    expect(fill(svg, a.iso3)).toBe(PALETTE.backstop.color);
    expect(fill(svg, second!.properties.iso3)).toBe(NEUTRAL_COLOR);
  });

  it('draws the worksheet’s blank map: outlines and names, no type colour or pattern', () => {
    const types = Object.fromEntries(typed.map((f) => [f.properties.iso3, f.properties.type!]));
    const view = { types, bounds: null, selected: null, highlighted: [], dimmed: [], muted: [] };
    const svg = drawPicture(
      request({ picture: { ...picture, patterns: true, view: { ...view, blank: true } } }),
    );
    const fills = [...svg.querySelectorAll('path[data-iso3]')].map((p) => p.getAttribute('fill'));
    expect(new Set(fills)).toEqual(new Set(['#ffffff']));
    const typeColours = Object.values(PALETTE).map((p) => p.color.toLowerCase());
    const markup = pictureMarkup(
      request({ picture: { ...picture, view: { ...view, blank: true } } }),
    );
    for (const c of typeColours) expect(markup.toLowerCase()).not.toContain(`fill="${c}"`);
    expect(svg.querySelectorAll('g[data-hatch], [fill^="url(#pattern"]')).toHaveLength(0);
    expect(svg.querySelectorAll('text[display=inline]').length).toBeGreaterThan(0);
  });
});
