/** Atomic selector hooks: each component subscribes to exactly what it renders. */
import { useAppStore } from './store-context';

export const useSelectedIso3 = () => useAppStore((s) => s.selectedIso3);
export const useSelectionSerial = () => useAppStore((s) => s.selectionSerial);
export const useShownTypes = () => useAppStore((s) => s.shownTypes);
export const useSearch = () => useAppStore((s) => s.search);
export const useAsOf = () => useAppStore((s) => s.asOf);
export const useView = () => useAppStore((s) => s.view);
export const useNotices = () => useAppStore((s) => s.notices);
export const useAppActions = () => useAppStore((s) => s.actions);
export const usePatterns = () => useAppStore((s) => s.patterns);
export const useProjector = () => useAppStore((s) => s.projector);
export const useThemePreference = () => useAppStore((s) => s.theme);
export const useConcealed = () => useAppStore((s) => s.concealed);
// Classroom (presentation-slice.ts)
export const useLessonId = () => useAppStore((s) => s.lessonId);
export const useLessonStep = () => useAppStore((s) => s.lessonStep);
export const useStepApplied = () => useAppStore((s) => s.stepApplied);
export const useBlackout = () => useAppStore((s) => s.blackout);
export const usePresenterView = () => useAppStore((s) => s.presenterView);
export const useHighlighted = () => useAppStore((s) => s.highlighted);
export const useCameraRequest = () => useAppStore((s) => s.cameraRequest);
export const useUiScale = () => useAppStore((s) => s.uiScale);
export const useSidebarCollapsed = () => useAppStore((s) => s.sidebarCollapsed);
export const useLessonMenu = () => useAppStore((s) => s.lessonMenu);
