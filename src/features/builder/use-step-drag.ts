/**
 * Drag and drop for the steps, an extra path for a pointer: the grip of a step is dragged over
 * another step and released; the move is the same `move(from, to)` the Move up and Move down
 * buttons call (and announce). Pointer events with capture, so mouse, pen and touch all work,
 * and the builder's column scrolls when the pointer nears its top or bottom edge.
 */
import { useState, type PointerEvent as ReactPointerEvent } from 'react';

const EDGE = 48;

const stepAt = (x: number, y: number) => {
  const el = document.elementFromPoint(x, y)?.closest('[data-step-at]');
  return el ? Number(el.getAttribute('data-step-at')) : null;
};

export function useStepDrag(move: (from: number, to: number) => void) {
  const [drag, setDrag] = useState<{ from: number; over: number } | null>(null);

  const grab = (from: number, e: ReactPointerEvent) => {
    if (e.button !== 0) return;
    e.preventDefault();
    const grip = e.currentTarget as HTMLElement;
    const scroller = grip.closest<HTMLElement>('.lesson-builder');
    grip.setPointerCapture?.(e.pointerId);
    let over = from;
    setDrag({ from, over });
    const onMove = (ev: PointerEvent) => {
      if (scroller) {
        const box = scroller.getBoundingClientRect();
        if (ev.clientY < box.top + EDGE) scroller.scrollBy(0, -16);
        else if (ev.clientY > box.bottom - EDGE) scroller.scrollBy(0, 16);
      }
      const at = stepAt(ev.clientX, ev.clientY);
      if (at !== null && at !== over) setDrag({ from, over: (over = at) });
    };
    const end = (drop: boolean) => () => {
      grip.removeEventListener('pointermove', onMove);
      grip.removeEventListener('pointerup', onUp);
      grip.removeEventListener('pointercancel', onCancel);
      setDrag(null);
      if (drop && over !== from) move(from, over);
    };
    const onUp = end(true);
    const onCancel = end(false);
    grip.addEventListener('pointermove', onMove);
    grip.addEventListener('pointerup', onUp);
    grip.addEventListener('pointercancel', onCancel);
  };

  return { grab, over: drag && drag.over !== drag.from ? drag.over : null };
}
