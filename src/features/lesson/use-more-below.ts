import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Whether a scroll box has more below what is shown, so the stage can say so (a fade at the
 * bottom) when a long step does not fit a small projector. Re-measured on resize, on scroll and
 * whenever `content` (the step) changes.
 */
export function useMoreBelow(content: string) {
  const ref = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState(false);
  const measure = useCallback(() => {
    const el = ref.current;
    if (el) setMore(el.scrollTop + el.clientHeight < el.scrollHeight - 2);
  }, []);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.scrollTop = 0; // a new step starts at its top
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [content, measure]);
  return { ref, more, measure };
}
