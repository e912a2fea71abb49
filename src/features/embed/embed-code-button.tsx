/**
 * "Copy embed code" (Classroom tools, and a lesson's Tools): copies the <iframe> snippet of the
 * view or lesson on screen and shows it, selectable, in case the browser refuses the clipboard.
 */
import { useId, useState } from 'react';
import { useCurrentLesson } from '@/store/use-current-lesson';
import { isMyLesson } from '@/datasets/lesson-store';
import { embedSnippet } from './embed-code';
import './embed.css';

const APP_TITLE = 'Coalition Map: security guarantees for Ukraine after a ceasefire';

export function EmbedCode() {
  const { lesson } = useCurrentLesson();
  const [snippet, setSnippet] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const id = useId();
  const copy = async () => {
    const title = lesson ? `Coalition Map lesson: ${lesson.title}` : APP_TITLE;
    const code = embedSnippet(window.location.href, title);
    setSnippet(code);
    // A teacher's own lesson lives in this browser only: a frame elsewhere cannot open it.
    const mine = lesson !== undefined && isMyLesson(lesson.id);
    const note = mine ? ' It shows your own lesson only in this browser: share its link too.' : '';
    try {
      await navigator.clipboard.writeText(code);
      setStatus(`Embed code copied.${note}`);
    } catch {
      setStatus(`The browser did not allow copying: select the code below and copy it.${note}`);
    }
  };
  return (
    <div className="embed-code">
      <button type="button" className="tool-button" onClick={() => void copy()}>
        Copy embed code
      </button>
      <p className="tool-status" role="status">
        {status}
      </p>
      {snippet && (
        <>
          <label htmlFor={id}>Embed code</label>
          <textarea
            id={id}
            className="embed-snippet"
            readOnly
            rows={4}
            value={snippet}
            onFocus={(e) => e.currentTarget.select()}
          />
        </>
      )}
    </div>
  );
}
