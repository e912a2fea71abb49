import { useEffect, useId, useRef, type ReactNode } from 'react';
import './bar-menu.css';

interface Props {
  /** Names the pop-up (a class hook for its placement: `bar-menu--steps`, `bar-menu--tools`). */
  name: string;
  label: ReactNode;
  open: boolean;
  /** The button was pressed. */
  onToggle: () => void;
  /** A press outside the pop-up. */
  onDismiss: () => void;
  /** Opens below the button (in the header) instead of above it (in the lesson bar). */
  below?: boolean;
  children: ReactNode;
}

/**
 * A button that opens a pop-up (the step list, the tools). Whether it is open is the caller's
 * (one pop-up at a time, closed by Esc in the keyboard layer); a press elsewhere dismisses it.
 */
export function BarMenu({
  name,
  label,
  open,
  onToggle,
  onDismiss,
  below = false,
  children,
}: Props) {
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) onDismiss();
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open, onDismiss]);
  return (
    <div ref={root} className={`bar-menu bar-menu--${name}${below ? ' bar-menu--below' : ''}`}>
      <button
        type="button"
        className="tool-button bar-menu-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={onToggle}
      >
        {label}
      </button>
      <div id={id} className="bar-menu-pop" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
