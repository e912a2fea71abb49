import { useRef } from 'react';
import { useT } from '@/i18n';

/**
 * The bottom sheet's handle on phones (hidden by CSS on wider screens): tap to expand or
 * collapse, or drag it up or down.
 */
export function SheetHandle({
  expanded,
  onChange,
}: {
  expanded: boolean;
  onChange: (expanded: boolean) => void;
}) {
  const t = useT();
  const start = useRef<number | null>(null);
  const moved = useRef(false);
  return (
    <button
      type="button"
      className="panel-handle"
      aria-expanded={expanded}
      onPointerDown={(e) => {
        start.current = e.clientY;
        moved.current = false;
      }}
      onPointerUp={(e) => {
        if (start.current === null) return;
        const dy = e.clientY - start.current;
        start.current = null;
        if (Math.abs(dy) > 24) {
          moved.current = true;
          onChange(dy < 0);
        }
      }}
      onClick={() => {
        if (!moved.current) onChange(!expanded);
        moved.current = false;
      }}
    >
      {t(expanded ? 'record.sheetLess' : 'record.sheetMore')}
    </button>
  );
}
