/**
 * The top of a page shown over the workspace (About, My lessons): a way back to the map and the
 * page's heading, which takes the focus when the page opens so a screen reader starts there.
 */
import { useEffect, useRef } from 'react';
import { useT } from '@/i18n';

interface Props {
  id: string;
  title: string;
  onBack: () => void;
}

export function PageTitle({ id, title, onBack }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const t = useT();
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <>
      <button type="button" className="link-button" onClick={onBack}>
        ← {t('app.backToMap')}
      </button>
      <h2 id={id} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
    </>
  );
}
