import type { Dataset } from '@/datasets/dataset';
import { todayIso } from '@/datasets/dataset-query';
import { isStale } from '@/datasets/vocabulary';
import { FormattedMessage, useFormat, useT } from '@/i18n';
import { useAppActions, useView } from '@/store/hooks';
import { useLessonId } from '@/store/hooks';
import { HeaderClassroom } from './classroom-tools';
import { LanguageSwitcher } from './language-switcher';

export function SiteHeader({ dataset }: { dataset: Dataset | undefined }) {
  const { viewChanged } = useAppActions();
  const view = useView();
  const lessonId = useLessonId();
  const t = useT();
  return (
    <header className="site-header">
      <div className="brand">
        {/* The language beside the name, where the tagline's line leaves room: the headline
            keeps its width (beside "About the data" it cost 140 px and three lines). */}
        <div className="brand-line">
          <h1>{t('app.name')}</h1>
          <LanguageSwitcher />
        </div>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      {/* Until the data is in, the headline's words hold its place (invisible), so the header
          does not grow and push the workspace down when it arrives (layout shift: 0.41 → 0). */}
      {dataset ? <Headline dataset={dataset} /> : <HeadlinePlace />}
      {/* Present, projector, image, handout; while a lesson runs they sit in its bar. */}
      {!lessonId && view !== 'about' && <HeaderClassroom dataset={dataset} />}
      <nav aria-label={t('app.views')} className="header-nav">
        <button
          type="button"
          className="link-button"
          aria-current={view === 'about' ? 'page' : undefined}
          onClick={() => viewChanged(view === 'about' ? 'map' : 'about')}
        >
          {t(view === 'about' ? 'app.backToMap' : 'app.aboutData')}
        </button>
      </nav>
    </header>
  );
}

/**
 * The headline, told honestly: Macron's number, who said it and when, and that the list was
 * never published. The numbers come from coalition.json. (A phone's header is one line: there
 * it is shown in the legend's drawer instead, sidebar.tsx.)
 */
export function Headline({ dataset }: { dataset: Dataset | undefined }) {
  const coalition = dataset?.coalition;
  const summit = coalition?.summit;
  if (!coalition || !summit) return null;
  return (
    <p className="headline">
      <HeadlineWords
        count={summit.committedCount}
        unpublished={!summit.listPublished}
        staleFrom={isStale(coalition.reviewedUpTo, todayIso()) ? coalition.reviewedUpTo : null}
      />
    </p>
  );
}

/**
 * The same words with a two-digit number, hidden from sight
 * and from assistive technology. It can only guess the data's two conditions (the list
 * unpublished, the record recent); where they differ the header still grows once.
 */
function HeadlinePlace() {
  return (
    <p className="headline headline--place" aria-hidden="true">
      <HeadlineWords count={88} unpublished staleFrom={null} />
    </p>
  );
}

function HeadlineWords(props: { count: number; unpublished: boolean; staleFrom: string | null }) {
  const t = useT();
  const f = useFormat();
  return (
    <>
      <FormattedMessage
        id="headline.committed"
        values={{
          count: props.count,
          date: f.date('2025-09-04'),
          strong: (chunks) => <strong>{chunks}</strong>,
        }}
      />{' '}
      {props.unpublished && `${t('headline.unpublished')} `}
      {t('headline.shows')}
      {/* The date switch always shows the review date; the header only when it is old. */}
      {props.staleFrom && (
        <strong> {t('headline.stale', { date: f.date(props.staleFrom) })}</strong>
      )}
    </>
  );
}
