import type { Dataset } from '@/datasets/dataset';
import { todayIso } from '@/datasets/dataset-query';
import { formatDate, isStale } from '@/datasets/vocabulary';
import { useAppActions, useView } from '@/store/hooks';
import { useLessonId } from '@/store/hooks';
import { HeaderClassroom } from './classroom-tools';

export function SiteHeader({ dataset }: { dataset: Dataset | undefined }) {
  const { viewChanged } = useAppActions();
  const view = useView();
  const lessonId = useLessonId();
  return (
    <header className="site-header">
      <div className="brand">
        <h1>Coalition Map</h1>
        <p className="tagline">Who pledged what for Ukraine’s security after a ceasefire</p>
      </div>
      {/* Until the data is in, the headline's words hold its place (invisible), so the header
          does not grow and push the workspace down when it arrives (layout shift: 0.41 → 0). */}
      {dataset ? <Headline dataset={dataset} /> : <HeadlinePlace />}
      {/* Present, projector, image, handout; while a lesson runs they sit in its bar. */}
      {!lessonId && view !== 'about' && <HeaderClassroom dataset={dataset} />}
      <nav aria-label="Views" className="header-nav">
        <button
          type="button"
          className="link-button"
          aria-current={view === 'about' ? 'page' : undefined}
          onClick={() => viewChanged(view === 'about' ? 'map' : 'about')}
        >
          {view === 'about' ? 'Back to the map' : 'About the data'}
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
 * The same words with the number left blank (figure spaces are a digit wide), hidden from sight
 * and from assistive technology. It can only guess the data's two conditions (the list
 * unpublished, the record recent); where they differ the header still grows once.
 */
function HeadlinePlace() {
  return (
    <p className="headline headline--place" aria-hidden="true">
      <HeadlineWords count={'\u2007\u2007'} unpublished staleFrom={null} />
    </p>
  );
}

function HeadlineWords(props: {
  count: number | string;
  unpublished: boolean;
  staleFrom: string | null;
}) {
  return (
    <>
      <strong>{props.count} countries formally committed</strong> to a “reassurance force” (Macron,
      Paris, 4 September 2025). {props.unpublished && 'The list was never published. '}
      This map shows what each government said, with sources.
      {/* The date switch always shows the review date; the header only when it is old. */}
      {props.staleFrom && (
        <strong>
          {' '}
          Positions recorded up to {formatDate(props.staleFrom)}: later changes may be missing.
        </strong>
      )}
    </>
  );
}
