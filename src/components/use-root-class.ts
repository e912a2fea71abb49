import { useEffect } from 'react';

/**
 * A class on <html> while `on` holds: page-wide modes (projector, lesson, blackout) that the
 * layout's CSS keys on. Removed when the component that set it goes away.
 */
export function useRootClass(name: string, on: boolean) {
  useEffect(() => {
    if (!on) return;
    const root = document.documentElement;
    root.classList.add(name);
    return () => root.classList.remove(name);
  }, [name, on]);
}
