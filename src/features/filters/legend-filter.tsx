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
import { DARK_NEUTRAL_COLOR, NEUTRAL_COLOR, PALETTE } from '@/theme/palette';
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
  const counts = countByType(dataset.countries, asOf);
  const types = COMMITMENT_TYPE_IDS.filter((t) => counts[t] > 0 || shown.includes(t));

  return (
    <section className="legend" aria-labelledby="legend-title">
      <div className="legend-head">
        <h2 id="legend-title">Commitment type</h2>
        <button
          type="button"
          className="link-button"
          onClick={filtersReset}
          disabled={shown.length === 0}
        >
          Show all
        </button>
      </div>
      <p className="hint" id="legend-hint">
        Press a type to show only it; press more to add them.
      </p>
      <ul className="legend-list" aria-describedby="legend-hint">
        {types.map((t) => {
          const pressed = shown.includes(t);
          const muted = shown.length > 0 && !pressed;
          return (
            <li key={t}>
              <button
                type="button"
                className={`legend-item${muted ? ' is-muted' : ''}`}
                aria-pressed={pressed}
                onClick={() => typeToggled(t, typeLookup(dataset))}
              >
                <Swatch type={t} patterns={patterns} />
                <span className="legend-label">{PALETTE[t].label}</span>
                <span
                  className={`legend-count${concealed ? ' concealed' : ''}`}
                  aria-label={`${counts[t]} ${counts[t] === 1 ? 'country' : 'countries'}`}
                >
                  {counts[t]}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {/* The map's grey, explained: a key, not a filter (there is nothing to show "only"). */}
      <p className="legend-none">
        <ColourSwatch color={dark ? DARK_NEUTRAL_COLOR : NEUTRAL_COLOR} />
        <span>
          {shown.length > 0
            ? 'No position recorded, or left out by the filter'
            : 'No position recorded'}
        </span>
      </p>
    </section>
  );
}
