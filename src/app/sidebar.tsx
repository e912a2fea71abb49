import { useState } from 'react';
import type { Dataset } from '@/datasets/dataset';
import { DateSwitch } from '@/features/filters/date-switch';
import { ChangeMarks } from '@/features/filters/change-marks';
import { LegendFilter } from '@/features/filters/legend-filter';
import { CountryList } from '@/features/filters/country-list';
import { DisplayOptions } from '@/features/display/display-options';
import { FeatureBoundary } from './feature-boundary';

/** The sidebar: date, legend filter, country list, display options. */
export function Sidebar({ dataset, pending }: { dataset: Dataset | undefined; pending: boolean }) {
  // Phones fold the sidebar into a legend bar; this opens the rest (CSS hides the button on wide screens).
  const [open, setOpen] = useState(false);
  return (
    <div className={`sidebar${open ? ' is-open' : ''}`}>
      <button
        type="button"
        className="sidebar-toggle"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? 'Hide filters and countries' : 'Filters, countries and display'}
      </button>
      {pending && <p role="status">Loading the coalition data…</p>}
      {dataset && (
        <FeatureBoundary name="legend and country list">
          <DateSwitch dataset={dataset} />
          <ChangeMarks dataset={dataset} />
          <LegendFilter dataset={dataset} />
          <CountryList dataset={dataset} />
          <DisplayOptions />
        </FeatureBoundary>
      )}
    </div>
  );
}
