/**
 * The keyboard layer's order, in one place (src/app/keyboard-layer.ts): who gets a key, with a
 * real store and recorded commands, keys dispatched on real elements.
 */
import { describe, expect, it, vi } from 'vitest';
import { handleKey, type KeyCommands } from '@/app/keyboard-layer';
import { createAppStore } from '@/store/app-store';

const setup = (init: Parameters<typeof createAppStore>[0] = {}) => {
  const store = createAppStore({ lessonId: 'paris-2025', lessonStep: 3, ...init });
  const commands = {
    lessons: { next: vi.fn(), previous: vi.fn(), leave: vi.fn() },
    print: vi.fn(),
    fullscreen: vi.fn(),
    presenter: vi.fn(),
  } satisfies KeyCommands;
  const press = (key: string, target: HTMLElement = document.body, extra: KeyboardEventInit = {}) =>
    handleKey(new KeyboardEvent('keydown', { key, ...extra }), store, commands, target);
  return { store, commands, press };
};

const el = (html: string) => {
  document.body.innerHTML = html;
  return document.body.firstElementChild as HTMLElement;
};

describe('the keyboard layer', () => {
  it('backs out one layer per Esc: blackout, pop-up, panel, then the lesson', () => {
    const { store, commands, press } = setup({
      blackout: 'black',
      lessonMenu: 'tools',
      selectedIso3: 'FRA',
    });
    expect(press('Escape')).toBe(true);
    expect(store.getState().blackout).toBe('off');
    press('Escape');
    expect(store.getState().lessonMenu).toBeNull();
    press('Escape');
    expect(store.getState().selectedIso3).toBeNull();
    expect(commands.lessons.leave).not.toHaveBeenCalled();
    press('Escape');
    expect(commands.lessons.leave).toHaveBeenCalledTimes(1);
  });

  it('never takes a key typed into a text field', () => {
    const { commands, press } = setup({ selectedIso3: 'FRA' });
    const input = el('<input type="search">');
    expect(press('Escape', input)).toBe(false);
    expect(press('PageDown', input)).toBe(false);
    expect(press(' ', input)).toBe(false);
    expect(commands.lessons.next).not.toHaveBeenCalled();
  });

  it('lets PageDown step everywhere, arrows and Space only where no widget uses them', () => {
    const { commands, press } = setup();
    const map = el('<div role="application" tabindex="0"></div>');
    expect(press('ArrowRight', map)).toBe(false);
    expect(press(' ', map)).toBe(false);
    expect(press('PageDown', map)).toBe(true);
    expect(commands.lessons.next).toHaveBeenCalledTimes(1);
    const button = el('<button>Close</button>');
    expect(press(' ', button)).toBe(false); // Space presses the button
    expect(press('ArrowLeft', button)).toBe(true);
    expect(commands.lessons.previous).toHaveBeenCalledTimes(1);
  });

  it('swallows the clicker while the screen is dark: any clicker key brings it back', () => {
    const { store, commands, press } = setup({ blackout: 'white' });
    expect(press('PageDown')).toBe(true);
    expect(store.getState().blackout).toBe('off');
    expect(commands.lessons.next).not.toHaveBeenCalled();
  });

  it('prints with Ctrl+P, and leaves + and - to the map when it has focus', () => {
    const { store, commands, press } = setup({ projector: true, lessonId: null });
    expect(press('p', document.body, { ctrlKey: true })).toBe(true);
    expect(commands.print).toHaveBeenCalledTimes(1);
    const map = el('<div role="application" tabindex="0"></div>');
    expect(press('+', map)).toBe(false);
    expect(press('+')).toBe(true);
    expect(store.getState().uiScale).toBe(1.1);
  });
});
