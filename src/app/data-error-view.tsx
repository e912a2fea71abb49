import type { DataProblem } from '@/datasets/data-error';
import { formatProblem } from '@/datasets/data-error';

const MAX_SHOWN = 12;

/** A data file is broken: say exactly where, offer to try again, keep the rest of the page. */
export function DataErrorView({ problems, retry }: { problems: DataProblem[]; retry: () => void }) {
  return (
    <section className="data-error" role="alert" aria-labelledby="data-error-title">
      <h2 id="data-error-title">The coalition data could not be loaded</h2>
      <p>
        {problems.length === 1 ? 'One problem was found' : `${problems.length} problems were found`}{' '}
        in the data files:
      </p>
      <ul>
        {problems.slice(0, MAX_SHOWN).map((p) => (
          <li key={formatProblem(p)}>
            <code>{formatProblem(p)}</code>
          </li>
        ))}
      </ul>
      {problems.length > MAX_SHOWN && <p>…and {problems.length - MAX_SHOWN} more.</p>}
      <button type="button" onClick={retry}>
        Try again
      </button>
    </section>
  );
}
