import { useState } from 'react';
import type { Dataset } from '@/datasets/dataset';
import { countByType } from '@/datasets/dataset';
import { COMMITMENT_TYPE_IDS } from '@/datasets/schemas';
import { useAsOf } from '@/store/hooks';
import { useT } from '@/i18n';
import { Swatch } from '@/components/swatch';
import { DateSwitch } from '@/features/filters/date-switch';
import { ChangeMarks } from '@/features/filters/change-marks';
import { LegendFilter } from '@/features/filters/legend-filter';
import { CountryList } from '@/features/filters/country-list';
import { DisplayOptions } from '@/features/display/display-options';
import { FeatureBoundary } from './feature-boundary';
import { Headline } from './site-header';

/**
 * The sidebar: date, legend filter, country list, display options. On phones it is a drawer
 * (layout-phone.css): closed, one row with every type's swatch; open, every type at once over
 * the map, with the headline the one-line header has no room for.
 */
export function Sidebar({ dataset, pending }: { dataset: Dataset | undefined; pending: boolean }) {
  // CSS hides the toggle on wide screens, where the sidebar is always open.
  const [open, setOpen] = useState(false);
  const t = useT();
  const asOf = useAsOf();
  const counts = dataset ? countByType(dataset.countries, asOf) : null;
  return (
    <div className={`sidebar${open ? ' is-open' : ''}`}>
      <button
        type="button"
        className="sidebar-toggle"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {t(open ? 'app.hideKeyAndFilters' : 'app.keyAndFilters')}
        <span className="sidebar-key" aria-hidden="true">
          {counts &&
            COMMITMENT_TYPE_IDS.filter((t) => counts[t] > 0).map((t) => (
              <Swatch key={t} type={t} patterns={false} />
            ))}
        </span>
      </button>
      <div className="sidebar-body">
        {pending && (
          <p role="status" className="sidebar-pending">
            {t('app.loadingData')}
          </p>
        )}
        {dataset && (
          <FeatureBoundary name="app.feature.legend">
            <div className="sidebar-headline">
              <Headline dataset={dataset} />
            </div>
            <DateSwitch dataset={dataset} />
            <ChangeMarks dataset={dataset} />
            <LegendFilter dataset={dataset} />
            <CountryList dataset={dataset} />
            <DisplayOptions />
          </FeatureBoundary>
        )}
      </div>
    </div>
  );
}
