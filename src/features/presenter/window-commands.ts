/** Browser-level commands the keys and buttons share: fullscreen and the presenter window. */
import type { AppState } from '@/store/app-store';

export function toggleFullscreen() {
  const done = (p: Promise<void> | undefined) => p?.catch(() => {}); // refused: stay as we are
  if (document.fullscreenElement) done(document.exitFullscreen?.());
  else done(document.documentElement.requestFullscreen?.());
}

/** The same app in a second window, showing notes, the next step and a timer. */
export function presenterUrl(href: string, lessonId: string, step: number): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  url.searchParams.set('lesson', lessonId);
  url.searchParams.set('step', String(step));
  url.searchParams.set('presenter', '1');
  return url.href;
}

/** Opens (or focuses) the presenter window on the lesson and step shown here (N, the button). */
export function openPresenter({ lessonId, lessonStep }: Pick<AppState, 'lessonId' | 'lessonStep'>) {
  if (!lessonId) return false;
  const win = window.open(
    presenterUrl(window.location.href, lessonId, lessonStep),
    'coalition-map-presenter',
    'popup=yes,width=1100,height=760',
  );
  win?.focus();
  return win !== null;
}
