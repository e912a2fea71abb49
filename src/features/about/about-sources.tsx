import type { Dataset } from '@/datasets/dataset';
import { formatDate as formatLooseDate } from '@/datasets/vocabulary';
import { FLAG_LABEL } from '@/datasets/source-flags';

/** Every source in the dataset, with its flags spelled out. */
export function AboutSources({ dataset }: { dataset: Dataset }) {
  const sources = [...dataset.sources.values()];
  return (
    <>
      <h3>Sources ({sources.length})</h3>
      <p>
        Flagged sources are never the only basis for a country’s type or a quote. Flags: “Russian
        state media”, “pro-Kremlin aggregator”, “low-quality aggregator”, “copy or mirror”.
      </p>
      <ol className="about-sources">
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.publisher}
              {s.agency ? ` (${s.agency})` : ''}: {s.title}
            </a>
            , {s.date ? formatLooseDate(s.date) : 'undated'}
            {s.flags.length > 0 && (
              <strong> [{s.flags.map((f) => FLAG_LABEL[f]).join(', ')}]</strong>
            )}
            {s.note && <span className="muted"> {s.note}</span>}
          </li>
        ))}
      </ol>
    </>
  );
}
