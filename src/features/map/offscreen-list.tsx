/**
 * The map's edge says which countries of the record are out of view, each a button that brings
 * it in, and "Show all" fits them all. A long list (a phone's narrow view) folds behind one
 * button, so the edge never hides the map it points beyond.
 */
import { useState } from 'react';
import { useT } from '@/i18n';

interface Props {
  countries: readonly { iso3: string; name: string }[];
  total: number;
  onReveal: (iso3: string) => void;
  onShowAll: () => void;
  /** A narrow map (a phone): the names always fold behind the button. */
  compact?: boolean;
}

/** Up to this many names sit in the row itself; more fold behind a disclosure button. */
const INLINE = 10;

export function OffscreenList({ countries, total, onReveal, onShowAll, compact }: Props) {
  const [open, setOpen] = useState(false);
  const t = useT();
  if (countries.length === 0) return null;
  const foldable = compact || countries.length > INLINE;
  const folded = foldable && !open;
  return (
    <nav className="offscreen" aria-label={t('map.offscreenLabel')}>
      {foldable ? (
        <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {t('map.offscreenFolded', { count: countries.length })}
        </button>
      ) : (
        <span>{t('map.offscreenInline', { count: countries.length })}</span>
      )}
      {!folded && (
        <ul>
          {countries.map((c) => (
            <li key={c.iso3}>
              <button type="button" onClick={() => onReveal(c.iso3)}>
                {c.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="offscreen-all" onClick={onShowAll}>
        {t('map.offscreenShowAll', { count: total })}
      </button>
    </nav>
  );
}
