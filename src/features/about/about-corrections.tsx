/**
 * "Corrections": every change made to the record after publication, newest first, the way a
 * newspaper logs them. The log is its own file, fetched only when the About view opens.
 */
import { useQuery } from '@tanstack/react-query';
import type { Dataset } from '@/datasets/dataset';
import { useFormat, useLangInUse, useT } from '@/i18n';
import { RecordText } from '@/components/record-text';
import { correctionsQuery, recordTranslationQuery } from '@/datasets/queries';
import { localiseCorrections } from '@/datasets/localise-dataset';
import type { Correction } from '@/datasets/schemas';

/** Newest first; within a day the log's own order (the order the corrections were made). */
export function newestFirst(list: readonly Correction[]): Correction[] {
  return list
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.date.localeCompare(a.c.date) || a.i - b.i)
    .map(({ c }) => c);
}

export function AboutCorrections({ dataset }: { dataset: Dataset }) {
  const lang = useLangInUse();
  const english = useQuery(correctionsQuery());
  // The log in the reader's language: the record's translation file holds its blocks too.
  const translation = useQuery({ ...recordTranslationQuery(lang), enabled: lang !== 'en' });
  const waiting = lang !== 'en' && translation.isPending;
  const data =
    english.data && !waiting
      ? localiseCorrections(english.data, lang, translation.data ?? undefined)
      : undefined;
  const isError = english.isError;
  const t = useT();
  const f = useFormat();
  return (
    <section aria-labelledby="about-corrections">
      <h3 id="about-corrections">{t('views.about.corrections')}</h3>
      {isError && <p>{t('views.about.correctionsFailed')}</p>}
      {data && data.corrections.length === 0 && <p>{t('views.about.noCorrections')}</p>}
      {data && data.corrections.length > 0 && (
        <ol className="about-corrections">
          {newestFirst(data.corrections).map((c) => (
            <li key={c.id}>
              <strong>
                {t('views.about.dated', { date: f.date(c.date) })}{' '}
                <RecordText of={c} field="subject" />.
              </strong>{' '}
              <span>
                {t('views.about.before')} <RecordText of={c} field="before" />
              </span>{' '}
              <span>
                {t('views.about.after')} <RecordText of={c} field="after" />
              </span>{' '}
              <span>
                {t('views.about.why')} <RecordText of={c} field="why" />
              </span>
              {c.sources.length > 0 && (
                <>
                  {' '}
                  {t('views.about.correctionSources')}{' '}
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
