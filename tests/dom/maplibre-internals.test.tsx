/**
 * The adapter leans on one MapLibre internal (maplibre-frame.ts): the pending frame of a map
 * redraw, `_frameRequest`, which it aborts on a click so the panel paints first. If an upgrade
 * renames it, the click still works but the panel waits for a whole software map frame again
 * (~110 ms): this test fails so that the upgrade notices. jsdom can load MapLibre (not run it).
 */
import { describe, expect, it } from 'vitest';
import * as maplibregl from 'maplibre-gl';

describe('MapLibre internals the adapter relies on', () => {
  it('Map#triggerRepaint still schedules its frame through an abortable _frameRequest', () => {
    const source = String(maplibregl.Map.prototype.triggerRepaint);
    expect(source).toMatch(/_frameRequest/);
    expect(source).toMatch(/AbortController/);
  });
});
