import type { Dataset } from '@/datasets/dataset';
import { useFormat, useT } from '@/i18n';
import { RecordText } from '@/components/record-text';
import { SourceFlag } from '@/datasets/schemas';

/** Every source in the dataset, with its flags spelled out. */
export function AboutSources({ dataset }: { dataset: Dataset }) {
  const sources = [...dataset.sources.values()];
  const t = useT();
  const f = useFormat();
  return (
    <>
      <h3>{t('views.about.sources', { count: sources.length })}</h3>
      <p>
        {t('views.about.sourcesNote', {
          flags: f.list(
            SourceFlag.options.map((flag) =>
              t('views.about.flagQuoted', { flag: t(`flag.${flag}`) }),
            ),
          ),
        })}
      </p>
      <ol className="about-sources">
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.publisher}
              {s.agency ? ` (${s.agency})` : ''}: {s.title}
            </a>
            , {s.date ? f.date(s.date) : t('views.about.undated')}
            {s.flags.length > 0 && (
              <strong> [{s.flags.map((flag) => t(`flag.${flag}`)).join(', ')}]</strong>
            )}
            {s.note && (
              <span className="muted">
                {' '}
                <RecordText of={s} field="note" />
              </span>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
