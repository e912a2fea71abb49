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
      <Headline dataset={dataset} />
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
      <strong>{summit.committedCount} countries formally committed</strong> to a “reassurance force”
      (Macron, Paris, 4 September 2025). {!summit.listPublished && 'The list was never published. '}
      This map shows what each government said, with sources.
      {/* The date switch always shows the review date; the header only when it is old. */}
      {isStale(coalition.reviewedUpTo, todayIso()) && (
        <strong>
          {' '}
          Positions recorded up to {formatDate(coalition.reviewedUpTo)}: later changes may be
          missing.
        </strong>
      )}
    </p>
  );
}
