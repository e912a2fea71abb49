import type { Source } from '@/datasets/schemas';
import { flagLabelId } from '@/datasets/vocabulary';
import { useFormat, useT } from '@/i18n';

/** One source as a reader can check it: publisher (and agency), title, date, flags, link. */
export function SourceLink({ source }: { source: Source }) {
  const t = useT();
  const f = useFormat();
  return (
    <span className="source">
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        {source.publisher}
        {source.agency ? ` (${source.agency})` : ''}: {source.title}
      </a>
      <span className="source-date">
        {`, ${source.date ? f.date(source.date) : t('record.undated')}`}
      </span>
      {source.flags.map((flag) => (
        <span key={flag} className={`flag flag--${flag}`}>
          {t(flagLabelId(flag))}
        </span>
      ))}
    </span>
  );
}

/** The sources behind one claim, resolved by id; an id that does not resolve is never shown. */
export function SourceList({
  ids,
  sources,
}: {
  ids: readonly string[];
  sources: ReadonlyMap<string, Source>;
}) {
  const found = ids.map((id) => sources.get(id)).filter((s): s is Source => s !== undefined);
  if (found.length === 0) return null;
  return (
    <ul className="sources">
      {found.map((s) => (
        <li key={s.id}>
          <SourceLink source={s} />
        </li>
      ))}
    </ul>
  );
}

/** Compact citation after a line of text: the publishers, each a link, flags spelled out. */
export function Cite({
  ids,
  sources,
}: {
  ids: readonly string[] | undefined;
  sources: ReadonlyMap<string, Source>;
}) {
  const t = useT();
  const found = (ids ?? [])
    .map((id) => sources.get(id))
    .filter((s): s is Source => s !== undefined);
  if (found.length === 0) return null;
  return (
    <span className="cite">
      {' ('}
      {found.map((s, i) => (
        <span key={s.id}>
          {i > 0 && '; '}
          <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title}>
            {s.publisher}
          </a>
          {s.flags.length > 0 && ` [${s.flags.map((f) => t(flagLabelId(f))).join(', ')}]`}
        </span>
      ))}
      {')'}
    </span>
  );
}
