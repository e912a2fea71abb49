/**
 * The pointer on the SVG map: drag to pan, wheel and two-finger pinch to zoom, a press that
 * did not move is a click (touch gets the wider tolerance, picking.ts), and hover with the same
 * 100 ms rest before its outline as on MapLibre (maplibre-pointer.ts). Pointer Events only, so
 * mouse, pen and touch share one path.
 */
import type { Camera } from '@/store/url-state';
import { panCamera, zoomAround, type Point, type Size } from './svg-camera';
import { TOLERANCE } from './picking';

/** Beyond this many pixels a press is a drag, not a click. */
const CLICK_SLOP = 5;
/** The hover outline waits for the pointer to rest, as on MapLibre (maplibre-pointer.ts). */
const HOVER_REST_MS = 100;
/** Zoom per wheel pixel (MapLibre's wheel zoom rate, 1/450). */
const WHEEL_RATE = 1 / 450;

export interface PointerHost {
  size(): Size;
  camera(): Camera;
  /** A move made by the user (it lets go of a kept lesson fit). */
  move(camera: Camera): void;
  /** The gesture ended: the camera has settled. */
  settle(): void;
  pick(point: Point, tolerance: number): string | null;
  under(point: Point): string | null;
  hoverOutline(iso3: string | null): void;
}

export function createSvgPointer(target: SVGSVGElement, host: PointerHost) {
  const clicks = new Set<(iso3: string | null) => void>();
  const hovers = new Set<(p: Point, iso3: string | null) => void>();
  const down = new Map<number, Point>();
  let start: { p: Point; moved: boolean; touch: boolean } | null = null;
  let rest: ReturnType<typeof setTimeout> | undefined;
  let wheelEnd: ReturnType<typeof setTimeout> | undefined;
  let hovered: string | null = null;

  const local = (e: MouseEvent): Point => {
    const r = target.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const idOf = (e: Event) => (e as PointerEvent).pointerId ?? 1;
  const isTouch = (e: Event) => (e as PointerEvent).pointerType === 'touch';

  const pointerdown = (e: PointerEvent) => {
    const p = local(e);
    down.set(idOf(e), p);
    clearTimeout(rest);
    start = down.size === 1 ? { p, moved: false, touch: isTouch(e) } : null;
    target.setPointerCapture?.(idOf(e));
  };
  const pointermove = (e: PointerEvent) => {
    const p = local(e);
    const prev = down.get(idOf(e));
    if (!prev) return hover(p);
    if (start && Math.hypot(p.x - start.p.x, p.y - start.p.y) > CLICK_SLOP) start.moved = true;
    if (down.size === 1 && (!start || start.moved)) {
      host.move(panCamera(host.camera(), host.size(), prev.x - p.x, prev.y - p.y));
    } else if (down.size === 2) {
      const [a, b] = [...down.entries()].map(([id, q]) => (id === idOf(e) ? p : q)) as [
        Point,
        Point,
      ];
      const [pa, pb] = [...down.values()] as [Point, Point];
      const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      const pmid = { x: (pa.x + pb.x) / 2, y: (pa.y + pb.y) / 2 };
      const ratio =
        Math.hypot(a.x - b.x, a.y - b.y) / Math.max(1, Math.hypot(pa.x - pb.x, pa.y - pb.y));
      const cam = host.camera();
      const zoomed = zoomAround(cam, host.size(), cam.zoom + Math.log2(ratio), mid);
      host.move(panCamera(zoomed, host.size(), pmid.x - mid.x, pmid.y - mid.y));
    }
    down.set(idOf(e), p);
  };
  const pointerup = (e: PointerEvent) => {
    if (!down.delete(idOf(e))) return;
    const press = start;
    if (down.size === 0) start = null;
    if (press && !press.moved && down.size === 0) {
      const iso3 = host.pick(local(e), press.touch ? TOLERANCE.touch : TOLERANCE.mouse);
      clicks.forEach((cb) => cb(iso3));
    } else if (down.size === 0) host.settle();
  };
  const hover = (p: Point) => {
    const iso3 = host.under(p);
    clearTimeout(rest);
    if (iso3 !== hovered) rest = setTimeout(() => host.hoverOutline(iso3), HOVER_REST_MS);
    hovered = iso3;
    target.style.cursor = iso3 ? 'pointer' : '';
    hovers.forEach((cb) => cb(p, iso3));
  };
  const leave = () => {
    clearTimeout(rest);
    hovered = null;
    host.hoverOutline(null);
    hovers.forEach((cb) => cb({ x: 0, y: 0 }, null));
  };
  const wheel = (e: WheelEvent) => {
    e.preventDefault();
    const px = e.deltaMode === 1 ? e.deltaY * 40 : e.deltaY;
    const delta = Math.max(-1, Math.min(1, -px * WHEEL_RATE));
    const cam = host.camera();
    host.move(zoomAround(cam, host.size(), cam.zoom + delta, local(e)));
    clearTimeout(wheelEnd);
    wheelEnd = setTimeout(host.settle, 200);
  };

  const listeners: [string, EventListener][] = [
    ['pointerdown', pointerdown as EventListener],
    ['pointermove', pointermove as EventListener],
    ['pointerup', pointerup as EventListener],
    ['pointercancel', pointerup as EventListener],
    ['pointerleave', leave],
    ['wheel', wheel as EventListener],
  ];
  for (const [type, fn] of listeners) target.addEventListener(type, fn, { passive: false });
  const on =
    <T>(set: Set<T>) =>
    (cb: T) => {
      set.add(cb);
      return () => void set.delete(cb);
    };
  return {
    onClick: on(clicks),
    onHover: on(hovers),
    destroy() {
      clearTimeout(rest);
      clearTimeout(wheelEnd);
      for (const [type, fn] of listeners) target.removeEventListener(type, fn);
    },
  };
}
