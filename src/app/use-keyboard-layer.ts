import { useEffect, useMemo } from 'react';
import { useAppStoreApi } from '@/store/store-context';
import { useLessonCommands } from '@/ports/lesson-port';
import { usePrint } from '@/features/export/use-print';
import { openPresenter, toggleFullscreen } from '@/features/presenter/window-commands';
import { handleKey, type KeyCommands } from './keyboard-layer';

/**
 * Installs the keyboard layer (keyboard-layer.ts) once, in the capture phase, so it decides
 * before any widget: what it takes is consumed, the rest reaches the focused widget.
 */
export function useKeyboardLayer() {
  const store = useAppStoreApi();
  const lessons = useLessonCommands();
  const print = usePrint();
  const commands = useMemo(
    (): KeyCommands => ({
      lessons,
      print: () => void print(),
      fullscreen: toggleFullscreen,
      presenter: () => openPresenter(store),
    }),
    [lessons, print, store],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!handleKey(e, store, commands)) return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store, commands]);
}
