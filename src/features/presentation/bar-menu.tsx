import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useAppActions, useLessonMenu } from '@/store/hooks';
import type { LessonMenu } from '@/store/presentation-slice';

/**
 * A button that opens a pop-up (the step list, the tools): above it in the lesson bar, below it
 * in the header. One is open at a time; Esc (use-presentation-keys.ts) or a click elsewhere
 * closes it.
 */
export function BarMenu({
  menu,
  label,
  below = false,
  children,
}: {
  menu: LessonMenu;
  label: ReactNode;
  below?: boolean;
  children: ReactNode;
}) {
  const open = useLessonMenu() === menu;
  const { lessonMenuToggled } = useAppActions();
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) lessonMenuToggled(null);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open, lessonMenuToggled]);
  return (
    <div ref={root} className={`bar-menu bar-menu--${menu}${below ? ' bar-menu--below' : ''}`}>
      <button
        type="button"
        className="tool-button bar-menu-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => lessonMenuToggled(menu)}
      >
        {label}
      </button>
      <div id={id} className="bar-menu-pop" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
