/**
 * "Copy embed code" (Classroom tools, and a lesson's Tools): copies the <iframe> snippet of the
 * view or lesson on screen and shows it, selectable, in case the browser refuses the clipboard.
 */
import { useId, useState } from 'react';
import { useCurrentLesson } from '@/store/use-current-lesson';
import { useShareLang } from '@/store/hooks';
import { msg, useSay, useT, type Msg } from '@/i18n';
import { isMyLesson } from '@/datasets/lesson-store';
import { lessonFragment, MAX_LINK_CHARS } from '@/datasets/lesson-link';
import { embedSnippet, ownLessonHref } from './embed-code';
import './embed.css';

export function EmbedCode() {
  const { lesson } = useCurrentLesson();
  const [snippet, setSnippet] = useState<string | null>(null);
  const [status, setStatus] = useState<Msg | null>(null);
  const id = useId();
  const t = useT();
  const say = useSay();
  // The frame opens in the language on screen (when one is chosen or not English), and its
  // title, read by a screen reader on the host page, is in that language too.
  const lang = useShareLang();
  const copy = async () => {
    const title = lesson
      ? t('builder.embed.lessonTitle', { title: lesson.title })
      : t('builder.embed.appTitle');
    // A teacher's own lesson lives in this browser only: the frame carries it whole.
    const mine = lesson !== undefined && isMyLesson(lesson.id);
    const href = mine
      ? ownLessonHref(window.location.href, await lessonFragment(lesson))
      : window.location.href;
    if (href.length > MAX_LINK_CHARS) {
      setSnippet(null);
      setStatus(msg('builder.embed.tooLong', { length: href.length, max: MAX_LINK_CHARS }));
      return;
    }
    const code = embedSnippet(href, title, lang);
    setSnippet(code);
    const values = { mine: mine ? 'yes' : 'no' };
    try {
      await navigator.clipboard.writeText(code);
      setStatus(msg('builder.embed.copied', values));
    } catch {
      setStatus(msg('builder.embed.refused', values));
    }
  };
  return (
    <div className="embed-code">
      <button type="button" className="tool-button" onClick={() => void copy()}>
        {t('builder.embed.copy')}
      </button>
      <p className="tool-status" role="status">
        {status && say(status)}
      </p>
      {snippet && (
        <>
          <label htmlFor={id}>{t('builder.embed.code')}</label>
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
