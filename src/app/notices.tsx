import { useSay, useT } from '@/i18n';
import { useAppActions, useNotices } from '@/store/hooks';

/** Small, dismissible notes about input we ignored (e.g. a malformed link), in the reader's language. */
export function Notices() {
  const notices = useNotices();
  const { noticeDismissed } = useAppActions();
  const say = useSay();
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((n) => (
        <p key={`${n.id}${JSON.stringify(n.values ?? {})}`} className="notice">
          <span>{say(n)}</span>
          <button
            type="button"
            className="icon-button"
            onClick={() => noticeDismissed(n)}
            aria-label={t('notice.dismiss')}
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
