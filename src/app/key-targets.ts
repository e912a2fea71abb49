/**
 * Where a key belongs to the page rather than to the lesson: text fields (typing), widgets that
 * use the arrows themselves, and controls that Space presses. Pure DOM checks, no React.
 */

const TEXT_INPUTS = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'time',
  'datetime-local',
  'month',
  'week',
  'range',
  'color',
]);

/** Typing goes to the field: the lesson takes no key there. */
export function isTextField(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el.closest('[contenteditable=""],[contenteditable="true"]'))
    return true;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  return el instanceof HTMLInputElement && TEXT_INPUTS.has(el.type);
}

/** Widgets whose own arrow keys mean something (a radio group, a list box, the map). */
export function usesArrows(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el instanceof HTMLInputElement && el.type === 'radio') return true;
  return (
    el.closest(
      '[role=slider],[role=listbox],[role=radiogroup],[role=tablist],[role=menu],[role=grid],[role=tree],[role=application]',
    ) !== null
  );
}

/** Space presses a focused button, link, checkbox or summary: let it. */
export function spacePresses(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el instanceof HTMLInputElement) return el.type === 'checkbox' || el.type === 'button';
  return el.matches('button,a[href],summary,[role=button],[role=checkbox],[role=switch]');
}

/**
 * The nearest scrollable box around the focus that can still scroll that way: a long panel
 * keeps Space (and Shift+Space) for reading until its end, then Space steps the lesson.
 */
export function canScroll(el: EventTarget | null, down: boolean): boolean {
  let node = el instanceof HTMLElement ? el : null;
  while (node && node !== document.body && node !== document.documentElement) {
    const style = getComputedStyle(node);
    const scrollable =
      /(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight;
    if (scrollable) {
      const atEnd = down
        ? node.scrollTop + node.clientHeight >= node.scrollHeight - 1
        : node.scrollTop <= 0;
      if (!atEnd) return true;
    }
    node = node.parentElement;
  }
  return false;
}
