import { useAppActions, usePatterns, useProjector, useSidebarCollapsed } from '@/store/hooks';

/**
 * Projector mode (a display option: large type, thick borders) and, in it, the sidebar and the
 * patterns (off by default: they make a projected map busy; P toggles them too).
 */
export function ProjectorOptions() {
  const projector = useProjector();
  const collapsed = useSidebarCollapsed();
  const patterns = usePatterns();
  const { projectorToggled, sidebarToggled, patternsToggled } = useAppActions();
  return (
    <>
      <button
        type="button"
        className="tool-button"
        aria-pressed={projector}
        onClick={projectorToggled}
      >
        Projector
      </button>
      {projector && (
        <button
          type="button"
          className="tool-button"
          aria-pressed={patterns}
          aria-keyshortcuts="P"
          onClick={patternsToggled}
        >
          Patterns
        </button>
      )}
      {projector && (
        <button
          type="button"
          className="tool-button"
          aria-pressed={collapsed}
          onClick={sidebarToggled}
        >
          Hide sidebar
        </button>
      )}
    </>
  );
}
