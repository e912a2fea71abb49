import { useAppActions, useNotices } from '@/store/hooks';

/** Small, dismissible notes about input we ignored (e.g. a malformed link). */
export function Notices() {
  const notices = useNotices();
  const { noticeDismissed } = useAppActions();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((n) => (
        <p key={n} className="notice">
          <span>{n}</span>
          <button
            type="button"
            className="icon-button"
            onClick={() => noticeDismissed(n)}
            aria-label="Dismiss notice"
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
