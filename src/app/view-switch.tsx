import { useT } from '@/i18n';
import { useAppActions, useView } from '@/store/hooks';

/** Map or table: the same countries, filter and search, two ways to read them. */
export function ViewSwitch() {
  const view = useView();
  const { viewChanged } = useAppActions();
  const t = useT();
  return (
    <div className="view-switch" role="group" aria-label={t('app.showAs')}>
      <button type="button" aria-pressed={view !== 'table'} onClick={() => viewChanged('map')}>
        {t('app.showMap')}
      </button>
      <button type="button" aria-pressed={view === 'table'} onClick={() => viewChanged('table')}>
        {t('app.showTable')}
      </button>
    </div>
  );
}
