import { useT } from '@/i18n';
import { useAppActions, useBlackout, usePresenterView } from '@/store/hooks';

/**
 * A black (B, `.`) or white (W) screen over everything, as presentation clickers expect. The
 * same key, Esc, a clicker press or a click brings the map back.
 */
export function Blackout() {
  const blackout = useBlackout();
  const presenter = usePresenterView();
  const { blackoutChosen } = useAppActions();
  const t = useT();
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
        {t(blackout === 'white' ? 'lesson.blackout.white' : 'lesson.blackout.black')}
      </p>
    </div>
  );
}
