/**
 * Printing: "Print handout" and Ctrl+P turn patterns on (black-and-white paper), wait for the
 * map to redraw, capture it for the handout, then open the print dialog; afterprint restores
 * the patterns. A print started from the browser menu gets the same via beforeprint, with the
 * map as last drawn (the canvas keeps its pixels: preserveDrawingBuffer). The handout exists
 * only from printStarted to printEnded.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useAppStore, useAppStoreApi } from '@/store/store-context';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function usePrintHandout() {
  const store = useAppStoreApi();
  const printRequest = useAppStore((s) => s.printRequest);
  const [mapImage, setMapImage] = useState<string | null>(null);
  const canvas = useRef<HTMLCanvasElement | null>(null);

  const capture = useCallback(async () => {
    const snapshot = store.getState().mapSnapshot;
    if (!snapshot) return;
    try {
      canvas.current = await snapshot();
      setMapImage(canvas.current.toDataURL('image/png'));
    } catch {
      // No map (WebGL off): the handout prints without it and says how to add it.
    }
  }, [store]);

  useEffect(() => {
    if (printRequest === 0) return;
    let live = true;
    void (async () => {
      store.getState().actions.printStarted();
      await pause(120); // React applies the patterns to the map, which then redraws
      await capture();
      await pause(50);
      if (live) window.print();
    })();
    return () => {
      live = false;
    };
  }, [printRequest, capture, store]);

  useEffect(() => {
    const before = () => {
      // Started by "Print handout" or Ctrl+P: the map was captured already, with patterns.
      const ours = store.getState().patternsBeforePrint !== null;
      // Before any capture, the map as last drawn (the canvas keeps its pixels).
      const c = canvas.current ?? store.getState().mapCanvas?.() ?? null;
      // Synchronously, so the handout (mounted by printStarted) is in the page the browser prints.
      flushSync(() => {
        store.getState().actions.printStarted();
        if (!ours && c) setMapImage(c.toDataURL('image/png'));
      });
    };
    const after = () => store.getState().actions.printEnded();
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [store]);

  return mapImage;
}
