/**
 * "Corrections": every change made to the record after publication, newest first, the way a
 * newspaper logs them. The log is its own file, fetched only when the About view opens.
 */
import { useQuery } from '@tanstack/react-query';
import type { Dataset } from '@/datasets/dataset';
import { formatDate as formatLooseDate } from '@/datasets/vocabulary';
import { correctionsQuery } from '@/datasets/queries';
import type { Correction } from '@/datasets/schemas';

/** Newest first; within a day the log's own order (the order the corrections were made). */
export function newestFirst(list: readonly Correction[]): Correction[] {
  return list
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.date.localeCompare(a.c.date) || a.i - b.i)
    .map(({ c }) => c);
}

export function AboutCorrections({ dataset }: { dataset: Dataset }) {
  const { data, isError } = useQuery(correctionsQuery());
  return (
    <section aria-labelledby="about-corrections">
      <h3 id="about-corrections">Corrections</h3>
      {isError && <p>The corrections log could not be loaded.</p>}
      {data && data.corrections.length === 0 && <p>No corrections so far.</p>}
      {data && data.corrections.length > 0 && (
        <ol className="about-corrections">
          {newestFirst(data.corrections).map((c) => (
            <li key={c.id}>
              <strong>
                {formatLooseDate(c.date)}: {c.subject}.
              </strong>{' '}
              <span>Before: {c.before}</span> <span>After: {c.after}</span>{' '}
              <span>Why: {c.why}</span>
              {c.sources.length > 0 && (
                <>
                  {' '}
                  Sources:{' '}
                  {c.sources.map((id, i) => {
                    const s = dataset.sources.get(id);
                    return (
                      <span key={id}>
                        {i > 0 && ', '}
                        {s ? (
                          <a href={s.url} target="_blank" rel="noopener noreferrer">
                            {s.publisher}
                          </a>
                        ) : (
                          id
                        )}
                      </span>
                    );
                  })}
                  .
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
