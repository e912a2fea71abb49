/** Browser-level commands the keys and buttons share: fullscreen and the presenter window. */
import type { AppState, AppStore } from '@/store/app-store';
import { newPairId } from './lesson-channel';

export function toggleFullscreen() {
  const done = (p: Promise<void> | undefined) => p?.catch(() => {}); // refused: stay as we are
  if (document.fullscreenElement) done(document.exitFullscreen?.());
  else done(document.documentElement.requestFullscreen?.());
}

type Shown = Pick<AppState, 'lessonId' | 'lessonStep' | 'lessonReveal'> &
  Partial<Pick<AppState, 'lang'>>;

/** The same app in a second window, showing notes, the next step and a timer, paired. */
export function presenterUrl(href: string, s: Shown & { lessonId: string }, pairId: string) {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  url.searchParams.set('lesson', s.lessonId);
  url.searchParams.set('step', String(s.lessonStep));
  if (s.lessonReveal > 1) url.searchParams.set('reveal', String(s.lessonReveal));
  url.searchParams.set('presenter', '1');
  url.searchParams.set('pair', pairId);
  // The presenter window speaks the language chosen here (absent: the browser's, as here).
  if (s.lang) url.searchParams.set('lang', s.lang);
  return url.href;
}

/**
 * Opens (or focuses) the presenter window on the lesson and step shown here (N, the button),
 * pairing the two windows: this one keeps its pair id, or takes a new one first.
 */
export function openPresenter(store: AppStore) {
  const s = store.getState();
  const { lessonId } = s;
  if (!lessonId) return false;
  const pairId = s.pairId ?? newPairId();
  if (!s.pairId) s.actions.windowsPaired(pairId);
  const win = window.open(
    presenterUrl(window.location.href, { ...s, lessonId }, pairId),
    // One presenter window per pair: N again focuses this window's own, never another tab's.
    `coalition-map-presenter-${pairId}`,
    'popup=yes,width=1100,height=760',
  );
  win?.focus();
  return win !== null;
}
