/**
 * "Copy embed code" (Classroom tools, and a lesson's Tools): copies the <iframe> snippet of the
 * view or lesson on screen and shows it, selectable, in case the browser refuses the clipboard.
 */
import { useId, useState } from 'react';
import { useCurrentLesson } from '@/store/use-current-lesson';
import { isMyLesson } from '@/datasets/lesson-store';
import { lessonFragment, MAX_LINK_CHARS } from '@/datasets/lesson-link';
import { embedSnippet, ownLessonHref } from './embed-code';
import './embed.css';

const APP_TITLE = 'Coalition Map: security guarantees for Ukraine after a ceasefire';

export function EmbedCode() {
  const { lesson } = useCurrentLesson();
  const [snippet, setSnippet] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const id = useId();
  const copy = async () => {
    const title = lesson ? `Coalition Map lesson: ${lesson.title}` : APP_TITLE;
    // A teacher's own lesson lives in this browser only: the frame carries it whole.
    const mine = lesson !== undefined && isMyLesson(lesson.id);
    const href = mine
      ? ownLessonHref(window.location.href, await lessonFragment(lesson))
      : window.location.href;
    if (href.length > MAX_LINK_CHARS) {
      setSnippet(null);
      setStatus(
        `This lesson is too long to embed (${href.length.toLocaleString('en-GB')} characters; frames are kept under ${MAX_LINK_CHARS.toLocaleString('en-GB')}). Share it as a file instead.`,
      );
      return;
    }
    const code = embedSnippet(href, title);
    setSnippet(code);
    const note = mine ? ' The frame carries your lesson and opens it at its first step.' : '';
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
