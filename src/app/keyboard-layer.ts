/**
 * The one keyboard layer: a single listener decides who gets a key, in this order.
 *
 * 1. Typing in a text field is never taken.
 * 2. A blacked-out screen swallows the clicker: the same key, Esc or a clicker press brings it back.
 * 3. Esc backs out one layer: blackout, an open pop-up, the country panel, then the lesson.
 * 4. Ctrl+P prints the handout; `+`/`-` scale the interface in projector mode (not on the map,
 *    whose own `+`/`-` zoom); P toggles the map's patterns in projector mode or a lesson.
 * 5. During a lesson: PageDown/PageUp always step (clickers send them); arrows step unless a
 *    widget uses them (the map's country travel, a list box); Space steps unless it presses a
 *    focused control or scrolls a long panel that is not at its end; B/. W F N.
 *
 * Keys it does not take go on to the focused widget untouched. Pure over the store and the
 * commands it is given, so the order is tested in one place.
 */
import type { AppStore } from '@/store/app-store';
import type { LessonCommands } from '@/ports/lesson-port';
import { canScroll, isTextField, spacePresses, usesArrows } from './key-targets';

export interface KeyCommands {
  lessons: Pick<LessonCommands, 'next' | 'previous' | 'leave'>;
  print: () => void;
  fullscreen: () => void;
  presenter: () => void;
}

const SCREEN_BACK = ['Escape', 'PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', ' '];
const ZOOM_KEYS = ['+', '=', '-', '_'];

/** Handles `e` if it is the app's; returns whether it did (and then the event is consumed). */
export function handleKey(
  e: KeyboardEvent,
  store: AppStore,
  commands: KeyCommands,
  target: EventTarget | null = e.target,
): boolean {
  if (e.isComposing || isTextField(target)) return false;
  const s = store.getState();
  const { actions } = s;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const modified = e.ctrlKey || e.metaKey || e.altKey;

  if (s.blackout !== 'off' && !s.presenterView && !modified) {
    if (key === 'b' || key === '.' || key === 'w') {
      const mode = key === 'w' ? 'white' : 'black';
      actions.blackoutChosen(s.blackout === mode ? 'off' : mode);
      return true;
    }
    if (SCREEN_BACK.includes(key)) return (actions.blackoutChosen('off'), true);
    return false;
  }
  if (key === 'Escape' && !modified) {
    if (s.blackout !== 'off') actions.blackoutChosen('off');
    else if (s.lessonMenu) actions.lessonMenuToggled(null);
    else if (s.selectedIso3) actions.selectionCleared();
    else if (s.lessonId && !s.presenterView) commands.lessons.leave();
    else return false;
    return true;
  }
  if ((e.ctrlKey || e.metaKey) && !e.altKey && key === 'p') return (commands.print(), true);
  if (modified) return false;
  if (s.projector && ZOOM_KEYS.includes(key) && !usesArrows(target)) {
    actions.uiScaled(key === '-' || key === '_' ? -0.1 : 0.1);
    return true;
  }
  if (key === 'p' && (s.projector || s.lessonId) && !s.presenterView)
    return (actions.patternsToggled(), true);
  if (!s.lessonId) return false;
  const arrowsFree = !usesArrows(target);
  const spaceFree = !spacePresses(target) && !usesArrows(target) && !canScroll(target, !e.shiftKey);
  if (key === 'PageDown' || (key === 'ArrowRight' && arrowsFree)) commands.lessons.next();
  else if (key === 'PageUp' || (key === 'ArrowLeft' && arrowsFree)) commands.lessons.previous();
  else if (key === ' ' && spaceFree)
    (e.shiftKey ? commands.lessons.previous : commands.lessons.next)();
  else if (key === 'b' || key === '.') actions.blackoutToggled('black');
  else if (key === 'w') actions.blackoutToggled('white');
  else if (key === 'f') commands.fullscreen();
  else if (key === 'n' && !s.presenterView) commands.presenter();
  else return false;
  return true;
}
