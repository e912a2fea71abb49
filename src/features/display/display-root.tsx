/**
 * Page-wide display state on <html>: the theme (`data-theme`), projector mode and its hidden
 * sidebar, the embedded view (`embed-mode`: `?embed=1`) and the interface scale. The layout's
 * CSS keys on these; no feature sets them elsewhere.
 */
import { useEffect } from 'react';
import {
  useEmbed,
  useProjector,
  useResolvedTheme,
  useSidebarCollapsed,
  useUiScale,
} from '@/store/hooks';
import { useRootClass } from '@/components/use-root-class';
import './projector.css';

export function DisplayRoot() {
  const theme = useResolvedTheme();
  const projector = useProjector();
  const collapsed = useSidebarCollapsed();
  const scale = useUiScale();
  const embed = useEmbed();
  useRootClass('projector-mode', projector);
  useRootClass('embed-mode', embed);
  useRootClass('sidebar-collapsed', projector && collapsed);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.style.setProperty('--ui-scale', String(scale));
  }, [scale]);
  return null;
}
