/**
 * "About the data": the method, the categories, what confidence means, the seed-claim
 * verdicts, the timeline and every source — all rendered from the data files. The record's own
 * strings come from the localised dataset (<RecordText>); for a reader of another language
 * than English, who translated what.
 */
import type { Dataset } from '@/datasets/dataset';
import { COMMITMENT_TYPE_IDS } from '@/datasets/schemas';
import { typeLabelId } from '@/theme/palette';
import { useAppActions, usePatternsShown } from '@/store/hooks';
import { FormattedMessage, useFormat, useLangInUse, useT } from '@/i18n';
import { AboutSources } from './about-sources';
import { AboutCorrections } from './about-corrections';
import { Swatch } from '@/components/swatch';
import { PageTitle } from '@/components/page-title';
import { RecordText } from '@/components/record-text';
import './about.css';

export function AboutView({ dataset }: { dataset: Dataset }) {
  const patterns = usePatternsShown();
  const { viewChanged } = useAppActions();
  const t = useT();
  const f = useFormat();
  const { coalition } = dataset;
  const description = new Map(coalition.types.map((type) => [type.id, type]));
  const positions = dataset.countries.flatMap((c) => c.positions);
  const byConfidence = {
    all: positions.length,
    reported: positions.filter((p) => p.confidence === 'reported').length,
    inferred: positions.filter((p) => p.confidence === 'inferred').length,
  };

  return (
    <article className="about" aria-labelledby="about-title">
      <PageTitle
        id="about-title"
        title={t('views.about.title')}
        onBack={() => viewChanged('map')}
      />
      <AboutLanguages dataset={dataset} />
      <h3>{t('views.about.method')}</h3>
      <p>
        <FormattedMessage
          id="views.about.methodText"
          values={{
            date: f.date(coalition.summit.date),
            place: <RecordText of={coalition.summit} field="place" />,
            committed: coalition.summit.committedCount,
            leaders: coalition.summit.leadersTakingPart,
            reported: byConfidence.reported,
            inferred: byConfidence.inferred,
            all: byConfidence.all,
            reviewed: f.date(coalition.reviewedUpTo),
          }}
        />
      </p>
      <ul>
        {coalition.summit.facts.map((fact) => (
          <li key={fact.text}>
            <RecordText of={fact} field="text" />
          </li>
        ))}
      </ul>
      <h3>{t('views.about.categories')}</h3>
      <dl className="about-types">
        {COMMITMENT_TYPE_IDS.map((type) => {
          const entry = description.get(type);
          return (
            <div key={type}>
              <dt>
                <Swatch type={type} patterns={patterns} />
                {t(typeLabelId(type))}
              </dt>
              <dd>{entry && <RecordText of={entry} field="description" />}</dd>
            </div>
          );
        })}
      </dl>
      <h3>{t('views.about.confidenceLevels')}</h3>
      <dl>
        {coalition.confidence.map((c) => (
          <div key={c.id}>
            <dt>{t('views.confidenceLevel', { level: c.id })}</dt>
            <dd>
              <RecordText of={c} field="description" />
            </dd>
          </div>
        ))}
      </dl>
      <h3>{t('views.about.claims')}</h3>
      <table className="about-table">
        <thead>
          <tr>
            <th scope="col">{t('views.about.claim')}</th>
            <th scope="col">{t('views.about.verdict')}</th>
            <th scope="col">{t('views.about.note')}</th>
          </tr>
        </thead>
        <tbody>
          {coalition.seedClaims.map((s) => (
            <tr key={s.claim}>
              <td>
                <RecordText of={s} field="claim" />
              </td>
              <td>
                {t('views.about.verdictValue', {
                  verdict: s.verdict === 'not-found' ? 'notFound' : s.verdict,
                })}
              </td>
              <td>
                <RecordText of={s} field="note" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('views.about.timeline')}</h3>
      <ol className="timeline">
        {coalition.timeline.map((e) => (
          <li key={`${e.date}-${e.title}`} className={e.key ? 'is-key' : undefined}>
            <strong>
              {t('views.about.dated', { date: f.date(e.date) })} <RecordText of={e} field="title" />
              .
            </strong>{' '}
            <RecordText of={e} field="summary" />
          </li>
        ))}
      </ol>
      <AboutCorrections dataset={dataset} />
      <AboutSources dataset={dataset} />
      <h3>{t('views.about.licences')}</h3>
      <p>{t('views.about.licencesText')}</p>
      <p>{t('views.about.privacyText')}</p>
    </article>
  );
}

/**
 * For a reader of another language than English: who translated the record, that English is
 * the reference text, how much of it is translated, and that the interface is a machine
 * translation nobody has reviewed yet.
 */
function AboutLanguages({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useLangInUse();
  if (lang === 'en') return null;
  const info = dataset.translation;
  return (
    <section aria-labelledby="about-languages">
      <h3 id="about-languages">{t('views.about.languages')}</h3>
      {info ? (
        <p>
          {t('views.about.recordTranslated', { translatedBy: info.translatedBy })}{' '}
          {t('views.about.recordBlocks', { current: info.current, total: info.total })}
        </p>
      ) : (
        <p>{t('views.about.recordNotTranslated')}</p>
      )}
      <p>{t('views.about.interfaceTranslated')}</p>
    </section>
  );
}
