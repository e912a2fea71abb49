import type { ReactNode } from 'react';
import { useT } from '@/i18n';

interface Props {
  /** The lesson's first step, on its first reveal: nothing before it. */
  first: boolean;
  /** The lesson's last step, on its last reveal. */
  last: boolean;
  /** A guessing step still hides its colours: the next press reveals them. */
  concealed: boolean;
  onPrevious: () => void;
  onNext: () => void;
  /** Between the two buttons (the audience stage puts its step list there). */
  children?: ReactNode;
}

/** Previous and Next (or Reveal), as the audience stage and the presenter window show them. */
export function LessonNavButtons({ first, last, concealed, onPrevious, onNext, children }: Props) {
  const t = useT();
  return (
    <>
      <button type="button" className="tool-button" onClick={onPrevious} disabled={first}>
        ‹ {t('map.previous')}
      </button>
      {children}
      <button
        type="button"
        className="tool-button tool-button--primary"
        onClick={onNext}
        disabled={last && !concealed}
      >
        {concealed ? t('map.reveal') : `${t('map.next')} ›`}
      </button>
    </>
  );
}
