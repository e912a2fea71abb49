/**
 * The SVG map's own controls, as MapLibre's (top right: zoom in and out; bottom right: the
 * boundaries' attribution). Built with the DOM and styled through CSSOM (the page's CSP allows
 * no inline style attributes, and the map's stylesheet belongs to its React view).
 */
import type { MapMessages } from './map-adapter';

export function createSvgControls(
  container: HTMLElement,
  zoomBy: (delta: number) => void,
  messages: MapMessages,
) {
  const box = document.createElement('div');
  Object.assign(box.style, {
    position: 'absolute',
    top: '10px',
    right: '10px',
    display: 'flex',
    flexDirection: 'column',
    background: '#fff',
    borderRadius: '4px',
    boxShadow: '0 0 0 2px rgb(0 0 0 / 10%)',
  });
  const button = (text: string, delta: number) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    Object.assign(b.style, {
      width: '29px',
      height: '29px',
      border: '0',
      background: 'transparent',
      color: '#333',
      font: '700 18px/1 sans-serif',
      cursor: 'pointer',
    });
    b.addEventListener('click', () => zoomBy(delta));
    box.appendChild(b);
    return b;
  };
  const zoomIn = button('+', 1);
  const zoomOut = button('−', -1);
  const credit = document.createElement('p');
  Object.assign(credit.style, {
    position: 'absolute',
    right: '0',
    bottom: '0',
    margin: '0',
    padding: '1px 5px',
    font: '11px/1.4 sans-serif',
    background: 'rgb(255 255 255 / 75%)',
    color: '#333',
  });
  // A positioned container (the app's, over MapLibre's) keeps its own position.
  if (getComputedStyle(container).position === 'static') container.style.position = 'relative';
  container.append(box, credit);
  const say = (m: MapMessages) => {
    for (const [b, label] of [
      [zoomIn, m.zoomIn],
      [zoomOut, m.zoomOut],
    ] as const) {
      b.title = label;
      b.setAttribute('aria-label', label);
    }
    credit.textContent = m.attribution;
  };
  say(messages);
  return { remove: () => (box.remove(), credit.remove()), setMessages: say };
}
