/**
 * The clicker's keys, as reveal.js and Shower use them. Next: PageDown, ArrowRight, Space.
 * Previous: PageUp, ArrowLeft (Shift+Space too). B or `.` black screen, W white, F fullscreen,
 * N presenter window, Esc backs out one layer (blackout, an open pop-up, country panel, the
 * lesson).
 * `+`/`-` scale the interface in projector mode, Ctrl+P prints the handout.
 *
 * Who gets a key first: typing in a text field is never taken. PageDown/PageUp are the
 * clicker's and always step. Arrows are left to a widget that uses them (the map's country
 * travel, a list box): those mark the event handled. Space is left to a focused button and to
 * a long panel that can still scroll, so a class can read to the end of it.
 */
import { useEffect } from 'react';
import { useAppStoreApi } from '@/store/store-context';
import type { LessonControls } from './use-lesson';
import { canScroll, isTextField, spacePresses, usesArrows } from './key-targets';

export interface KeyCommands extends LessonControls {
  fullscreen: () => void;
  presenter: () => void;
  print: () => void;
}

const SCREEN_BACK = ['Escape', 'PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', ' '];

export function usePresentationKeys(commands: KeyCommands) {
  const store = useAppStoreApi();

  useEffect(() => {
    // Capture phase: a blacked-out screen swallows keys, and Esc is decided before the country
    // panel's own Esc handler sees it.
    const onCapture = (e: KeyboardEvent) => {
      const s = store.getState();
      if (e.isComposing || isTextField(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      let handled = true;
      if (s.blackout !== 'off' && !s.presenterView) {
        // A dark screen swallows the clicker: the same key, Esc or a press brings it back, and
        // the other colour's key switches colour.
        if (key === 'b' || key === '.' || key === 'w') {
          const mode = key === 'w' ? 'white' : 'black';
          if (s.blackout === mode) s.actions.blackoutChosen('off');
          else s.actions.blackoutChosen(mode);
        } else if (SCREEN_BACK.includes(key)) s.actions.blackoutChosen('off');
        else handled = false;
      } else if (key === 'Escape' && s.blackout !== 'off') s.actions.blackoutChosen('off');
      else if (key === 'Escape' && s.lessonMenu) s.actions.lessonMenuToggled(null);
      // With a country panel open, Esc is the panel's (it closes first); then the lesson's.
      else if (key === 'Escape' && s.lessonId && !s.selectedIso3 && !s.presenterView)
        s.actions.lessonLeft();
      else handled = false;
      if (!handled) return;
      e.preventDefault();
      e.stopPropagation();
    };

    // Bubble phase: widgets that use a key have handled it (defaultPrevented) by now.
    const onBubble = (e: KeyboardEvent) => {
      const s = store.getState();
      if (e.isComposing || isTextField(e.target)) return;
      if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'p' || e.key === 'P')) {
        e.preventDefault();
        commands.print();
        return;
      }
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (s.projector && (e.key === '+' || e.key === '=' || e.key === '-' || e.key === '_')) {
        s.actions.uiScaled(e.key === '-' || e.key === '_' ? -0.1 : 0.1);
        e.preventDefault();
        return;
      }
      if (!s.lessonId) return;
      const arrowsFree = !usesArrows(e.target);
      const spaceFree = !spacePresses(e.target) && !canScroll(e.target, !e.shiftKey);
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      if (key === 'PageDown' || (key === 'ArrowRight' && arrowsFree)) commands.next();
      else if (key === 'PageUp' || (key === 'ArrowLeft' && arrowsFree)) commands.previous();
      else if (key === ' ' && spaceFree) (e.shiftKey ? commands.previous : commands.next)();
      else if (key === 'b' || key === '.') s.actions.blackoutToggled('black');
      else if (key === 'w') s.actions.blackoutToggled('white');
      else if (key === 'f') commands.fullscreen();
      else if (key === 'n' && !s.presenterView) commands.presenter();
      else return;
      e.preventDefault();
    };

    window.addEventListener('keydown', onCapture, true);
    window.addEventListener('keydown', onBubble);
    return () => {
      window.removeEventListener('keydown', onCapture, true);
      window.removeEventListener('keydown', onBubble);
    };
  }, [store, commands]);
}
