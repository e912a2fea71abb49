import { useT } from '@/i18n';
import { sayProblem } from './draft-problems';
import type { SaveState } from './use-draft';

/**
 * Whether the draft is kept: quietly "kept in this browser", or, when the storage refuses, why
 * and what to do (the text stays on screen, and another try is one press away).
 */
export function SaveStatus({ saved, onRetry }: { saved: SaveState; onRetry: () => void }) {
  const t = useT();
  if (saved.kind === 'failed')
    return (
      <div className="builder-save-failed" role="alert">
        <p>{t('builder.notSaved', { problem: sayProblem(t, saved.message) })}</p>
        <button type="button" className="tool-button" onClick={onRetry}>
          {t('app.tryAgain')}
        </button>
      </div>
    );
  return (
    <p className="builder-saved">
      {t(saved.kind === 'saving' ? 'builder.saving' : 'builder.saved')}
    </p>
  );
}
