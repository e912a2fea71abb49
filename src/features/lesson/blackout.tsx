import { useAppActions, useBlackout, usePresenterView } from '@/store/hooks';

/**
 * A black (B, `.`) or white (W) screen over everything, as presentation clickers expect. The
 * same key, Esc, a clicker press or a click brings the map back.
 */
export function Blackout() {
  const blackout = useBlackout();
  const presenter = usePresenterView();
  const { blackoutChosen } = useAppActions();
  if (blackout === 'off' || presenter) return null;
  return (
    // A click anywhere is a convenience; the keys above are the accessible way back.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
    <div
      className={`blackout blackout--${blackout}`}
      data-testid="blackout"
      onClick={() => blackoutChosen('off')}
    >
      <p className="visually-hidden" role="status">
        The screen is {blackout}. Press {blackout === 'white' ? 'W' : 'B'} or Esc to show the map
        again.
      </p>
    </div>
  );
}
