import { useT } from '@/i18n';
import type { DataProblem } from '@/datasets/data-error';
import { formatProblem } from '@/datasets/data-error';

const MAX_SHOWN = 12;

/** A data file is broken: say exactly where, offer to try again, keep the rest of the page. */
export function DataErrorView({ problems, retry }: { problems: DataProblem[]; retry: () => void }) {
  const t = useT();
  return (
    <section className="data-error" role="alert" aria-labelledby="data-error-title">
      <h2 id="data-error-title">{t('app.dataFailed')}</h2>
      <p>{t('app.dataProblems', { count: problems.length })}</p>
      <ul>
        {problems.slice(0, MAX_SHOWN).map((p) => (
          <li key={formatProblem(p)}>
            <code>{formatProblem(p)}</code>
          </li>
        ))}
      </ul>
      {problems.length > MAX_SHOWN && (
        <p>{t('app.dataMore', { count: problems.length - MAX_SHOWN })}</p>
      )}
      <button type="button" onClick={retry}>
        {t('app.tryAgain')}
      </button>
    </section>
  );
}
