import { useAppActions, usePatterns, useProjector, useSidebarCollapsed } from '@/store/hooks';
import { useT } from '@/i18n';

/**
 * Projector mode (a display option: large type, thick borders) and, in it, the sidebar and the
 * patterns (off by default: they make a projected map busy; P toggles them too).
 */
export function ProjectorOptions() {
  const projector = useProjector();
  const collapsed = useSidebarCollapsed();
  const patterns = usePatterns();
  const { projectorToggled, sidebarToggled, patternsToggled } = useAppActions();
  const t = useT();
  return (
    <>
      <button
        type="button"
        className="tool-button"
        aria-pressed={projector}
        onClick={projectorToggled}
      >
        {t('views.display.projector')}
      </button>
      {projector && (
        <button
          type="button"
          className="tool-button"
          aria-pressed={patterns}
          aria-keyshortcuts="P"
          onClick={patternsToggled}
        >
          {t('views.display.projectorPatterns')}
        </button>
      )}
      {projector && (
        <button
          type="button"
          className="tool-button"
          aria-pressed={collapsed}
          onClick={sidebarToggled}
        >
          {t('views.display.hideSidebar')}
        </button>
      )}
    </>
  );
}
