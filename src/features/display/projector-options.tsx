import { useAppActions, useProjector, useSidebarCollapsed } from '@/store/hooks';

/** Projector mode (a display option: large type, thick borders) and, in it, the sidebar. */
export function ProjectorOptions() {
  const projector = useProjector();
  const collapsed = useSidebarCollapsed();
  const { projectorToggled, sidebarToggled } = useAppActions();
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
          aria-pressed={collapsed}
          onClick={sidebarToggled}
        >
          Hide sidebar
        </button>
      )}
    </>
  );
}
