import type { SaveState } from './use-draft';

/**
 * Whether the draft is kept: quietly "kept in this browser", or, when the storage refuses, why
 * and what to do (the text stays on screen, and another try is one press away).
 */
export function SaveStatus({ saved, onRetry }: { saved: SaveState; onRetry: () => void }) {
  if (saved.kind === 'failed')
    return (
      <div className="builder-save-failed" role="alert">
        <p>Not saved: {saved.message} Your text stays here.</p>
        <button type="button" className="tool-button" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  return (
    <p className="builder-saved">
      {saved.kind === 'saving' ? 'Saving…' : 'Every change is kept in this browser.'}
    </p>
  );
}
