/**
 * The legend is the filter: one toggle per type (swatch, label, count). Pressing types shows
 * only those; none pressed shows all. Colours and labels come from the palette, as the map's.
 */
import type { Dataset } from '@/datasets/dataset';
import { countByType } from '@/datasets/dataset';
import { COMMITMENT_TYPE_IDS } from '@/datasets/schemas';
import {
  useAppActions,
  useAsOf,
  useConcealed,
  usePatternsShown,
  useResolvedTheme,
  useShownTypes,
} from '@/store/hooks';
import { typeLookup } from '@/store/selectors';
import { DARK_NEUTRAL_COLOR, NEUTRAL_COLOR, typeLabelId, typeShortLabelId } from '@/theme/palette';
import { useT } from '@/i18n';
import { ColourSwatch, Swatch } from '@/components/swatch';
import './filters.css';
import './legend-stage.css';

export function LegendFilter({ dataset }: { dataset: Dataset }) {
  const patterns = usePatternsShown();
  const shown = useShownTypes();
  const asOf = useAsOf();
  const concealed = useConcealed();
  const dark = useResolvedTheme() === 'dark';
  const { typeToggled, filtersReset } = useAppActions();
  const t = useT();
  const counts = countByType(dataset.countries, asOf);
  const types = COMMITMENT_TYPE_IDS.filter((type) => counts[type] > 0 || shown.includes(type));

  return (
    <section className="legend" aria-labelledby="legend-title">
      <div className="legend-head">
        <h2 id="legend-title">{t('map.legendTitle')}</h2>
        <button
          type="button"
          className="link-button"
          onClick={filtersReset}
          disabled={shown.length === 0}
        >
          {t('map.legendShowAll')}
        </button>
      </div>
      <p className="hint" id="legend-hint">
        {t('map.legendHint')}
      </p>
      <ul className="legend-list" aria-describedby="legend-hint">
        {types.map((type) => {
          const pressed = shown.includes(type);
          const muted = shown.length > 0 && !pressed;
          const label = t(typeLabelId(type));
          return (
            <li key={type}>
              <button
                type="button"
                className={`legend-item${muted ? ' is-muted' : ''}`}
                aria-pressed={pressed}
                title={label}
                onClick={() => typeToggled(type, typeLookup(dataset))}
              >
                <Swatch type={type} patterns={patterns} />
                <span className="legend-label">{label}</span>
                {/* The stage's compact key shows this one (legend-stage.css); the full label
                    stays the button's name. */}
                <span className="legend-label-short" aria-hidden="true">
                  {t(typeShortLabelId(type))}
                </span>
                <span
                  className={`legend-count${concealed ? ' concealed' : ''}`}
                  aria-label={t('map.legendCount', { count: counts[type] })}
                >
                  {counts[type]}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {/* The map's grey, explained: a key, not a filter (there is nothing to show "only"). */}
      <p className="legend-none">
        <ColourSwatch color={dark ? DARK_NEUTRAL_COLOR : NEUTRAL_COLOR} />
        <span>{t(shown.length > 0 ? 'map.legendNoneFiltered' : 'map.legendNone')}</span>
      </p>
    </section>
  );
}
