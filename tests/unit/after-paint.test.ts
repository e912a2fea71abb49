import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '@/components/after-paint';
import { redrawAfterNextPaint } from '@/features/map/maplibre-frame';

// Node has no animation frames: a queue the test runs by hand stands in for them.
let frames: (() => void)[] = [];
beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => void (frames[id - 1] = () => {}));
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});
const runFrame = () => frames.splice(0).forEach((f) => f());

describe('afterNextPaint', () => {
  it('runs after the next frame, not in it', () => {
    const fn = vi.fn();
    afterNextPaint(fn);
    runFrame();
    expect(fn).not.toHaveBeenCalled(); // still inside the frame, before its paint
    vi.runAllTimers();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled by a newer choice', () => {
    const fn = vi.fn();
    afterNextPaint(fn)();
    runFrame();
    vi.runAllTimers();
    expect(fn).not.toHaveBeenCalled();
  });
});

describe('redrawAfterNextPaint', () => {
  it('cancels the pending map frame and asks for it again one frame later', () => {
    const pending = new AbortController();
    const map = { _frameRequest: pending as AbortController | null, triggerRepaint: vi.fn() };
    redrawAfterNextPaint(map);
    expect(pending.signal.aborted).toBe(true);
    expect(map._frameRequest).toBeNull();
    expect(map.triggerRepaint).not.toHaveBeenCalled();
    runFrame(); // the frame that paints the panel, without a map redraw
    expect(map.triggerRepaint).toHaveBeenCalledTimes(1);
  });

  it('does nothing when no map frame is pending (or MapLibre has changed its internals)', () => {
    const map = { _frameRequest: null, triggerRepaint: vi.fn() };
    redrawAfterNextPaint(map);
    redrawAfterNextPaint({ triggerRepaint: map.triggerRepaint });
    runFrame();
    expect(frames).toHaveLength(0);
    expect(map.triggerRepaint).not.toHaveBeenCalled();
  });
});
