import { useAppActions, useView } from '@/store/hooks';

/** Map or table: the same countries, filter and search, two ways to read them. */
export function ViewSwitch() {
  const view = useView();
  const { viewChanged } = useAppActions();
  return (
    <div className="view-switch" role="group" aria-label="Show as">
      <button type="button" aria-pressed={view !== 'table'} onClick={() => viewChanged('map')}>
        Map
      </button>
      <button type="button" aria-pressed={view === 'table'} onClick={() => viewChanged('table')}>
        Table
      </button>
    </div>
  );
}
