/** Atomic selector hooks: each component subscribes to exactly what it renders. */
import { useMemo, useSyncExternalStore } from 'react';
import { useAppStore } from './store-context';
import { patternsShown, selectLang, shareLang } from './selectors';

export const useSelectedIso3 = () => useAppStore((s) => s.selectedIso3);
export const useSelectionSerial = () => useAppStore((s) => s.selectionSerial);
export const useShownTypes = () => useAppStore((s) => s.shownTypes);
export const useSearch = () => useAppStore((s) => s.search);
export const useAsOf = () => useAppStore((s) => s.asOf);
export const useCompareWith = () => useAppStore((s) => s.compareWith);
export const useView = () => useAppStore((s) => s.view);
export const useEditingId = () => useAppStore((s) => s.editingId);
export const useNotices = () => useAppStore((s) => s.notices);
export const useAppActions = () => useAppStore((s) => s.actions);
export const usePatterns = () => useAppStore((s) => s.patterns);
/** Patterns as drawn (selectors.ts). */
export const usePatternsShown = () => useAppStore(patternsShown);
export const useProjector = () => useAppStore((s) => s.projector);
export const useThemePreference = () => useAppStore((s) => s.theme);
export const useEmbed = () => useAppStore((s) => s.embed);
/** The reader's language: chosen, else the browser's (selectors.ts). */
export const useLang = () => useAppStore(selectLang);
/** The language a shared link or export names (selectors.ts). */
export const useShareLang = () => useAppStore(shareLang);
/** A guessing step hides the colours: features that would give the answer away hide too. */
export const useConcealed = () => useAppStore((s) => s.concealed);
// Classroom
export const useLessonId = () => useAppStore((s) => s.lessonId);
export const useLessonStep = () => useAppStore((s) => s.lessonStep);
export const useLessonReveal = () => useAppStore((s) => s.lessonReveal);
export const usePairId = () => useAppStore((s) => s.pairId);
export const useBlackout = () => useAppStore((s) => s.blackout);
export const usePresenterView = () => useAppStore((s) => s.presenterView);
export const useHighlighted = () => useAppStore((s) => s.highlighted);
export const useUiScale = () => useAppStore((s) => s.uiScale);
export const useSidebarCollapsed = () => useAppStore((s) => s.sidebarCollapsed);
export const useLessonMenu = () => useAppStore((s) => s.lessonMenu);
export const usePrintJob = () => useAppStore((s) => s.printJob);

const DARK = '(prefers-color-scheme: dark)';
const subscribe = (cb: () => void) => {
  if (typeof matchMedia !== 'function') return () => {};
  const mq = matchMedia(DARK);
  mq.addEventListener('change', cb);
  return () => mq.removeEventListener('change', cb);
};
const systemDark = () => typeof matchMedia === 'function' && matchMedia(DARK).matches;

/** The theme actually shown: the reader's choice, or the system's `prefers-color-scheme`. */
export function useResolvedTheme(): 'light' | 'dark' {
  const preference = useThemePreference();
  const dark = useSyncExternalStore(subscribe, systemDark, () => false);
  return preference === 'system' ? (dark ? 'dark' : 'light') : preference;
}

/** Props for a pop-up of the lesson bar or header (components/bar-menu.tsx). */
export function useMenu(menu: 'steps' | 'tools') {
  const open = useLessonMenu() === menu;
  const { lessonMenuToggled } = useAppActions();
  // Stable callbacks: the open pop-up's outside-press listener is not re-added on every render.
  const handlers = useMemo(
    () => ({
      onToggle: () => lessonMenuToggled(menu),
      onDismiss: () => lessonMenuToggled(null),
    }),
    [lessonMenuToggled, menu],
  );
  return { open, ...handlers };
}
