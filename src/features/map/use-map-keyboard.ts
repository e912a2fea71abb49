/**
 * The map as a keyboard user meets it: arrow keys travel to the neighbouring country in that
 * direction (among the countries the filter shows), Enter or Space opens its panel, Shift+arrows
 * pan, + and - zoom. (Esc, which closes the panel, is the keyboard layer's: src/app.) The focused country gets its own outline on the map; choosing a country
 * anywhere (e.g. from the list) moves that outline too.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Dataset } from '@/datasets/dataset';
import { isTypeShown, typeAt } from '@/datasets/dataset';
import { labelPointsQuery } from '@/datasets/queries';
import { useAppActions, useAsOf, useSelectedIso3, useShownTypes } from '@/store/hooks';
import type { MapAdapter } from './map-adapter';
import { afterNextPaint } from '@/components/after-paint';
import { neighbourInDirection, type Direction, type LabelPoint } from './neighbours';

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};
const PAN = 120; // px per Shift+arrow

export function useMapKeyboard(adapter: MapAdapter | null, dataset: Dataset | undefined) {
  const labels = useQuery(labelPointsQuery());
  const selected = useSelectedIso3();
  const shownTypes = useShownTypes();
  const asOf = useAsOf();
  const { countryChosen } = useAppActions();
  // Keyboard moves are kept with the selection they started from: a new choice (from the list,
  // a click, a link) resets the focus to the chosen country without a state-syncing effect.
  const [moved, setMoved] = useState<{ from: string | null; iso3: string } | null>(null);
  const focused = moved && moved.from === selected ? moved.iso3 : selected;
  const setFocused = (iso3: string | null) => setMoved(iso3 ? { from: selected, iso3 } : null);

  const points = useMemo((): LabelPoint[] => {
    if (!dataset || !labels.data) return [];
    return labels.data.features
      .filter((f) => {
        const c = dataset.byIso3.get(f.properties.iso3);
        return c !== undefined && isTypeShown(typeAt(c, asOf), shownTypes);
      })
      .map((f) => ({
        iso3: f.properties.iso3,
        lon: f.geometry.coordinates[0],
        lat: f.geometry.coordinates[1],
      }));
  }, [dataset, labels.data, asOf, shownTypes]);

  // Only a key move brings its country into view: a choice is revealed by the selection itself.
  const travelled = moved && moved.from === selected ? moved.iso3 : null;
  useEffect(() => {
    if (!adapter) return;
    // A click moves the focus outline too: like the selection, it follows the panel's paint.
    return afterNextPaint(() => {
      adapter.setFocused(focused);
      if (travelled) adapter.revealCountry(travelled);
    });
  }, [adapter, focused, travelled]);

  const start = () => {
    if (focused || points.length === 0) return focused;
    const cam = adapter?.getCamera();
    if (!cam) return points[0]!.iso3;
    const d = (p: LabelPoint) => Math.hypot(p.lon - cam.lon, p.lat - cam.lat);
    return points.reduce((b, p) => (d(p) < d(b) ? p : b)).iso3;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    const dir = ARROWS[e.key];
    if (dir && e.shiftKey) {
      const [dx, dy] = { up: [0, -PAN], down: [0, PAN], left: [-PAN, 0], right: [PAN, 0] }[dir];
      adapter?.panBy(dx!, dy!);
    } else if (dir) {
      const from = start();
      const next = from && focused ? neighbourInDirection(points, from, dir) : from;
      if (next) setFocused(next);
    } else if (e.key === '+' || e.key === '=') adapter?.zoomBy(1);
    else if (e.key === '-' || e.key === '_') adapter?.zoomBy(-1);
    else if ((e.key === 'Enter' || e.key === ' ') && focused) countryChosen(focused);
    else return;
    e.preventDefault();
  };

  return { focused, onKeyDown, onFocus: () => !focused && setFocused(start()) };
}
