/**
 * One block of a step's data on screen: quotes word for word with who said them, counts and
 * names with the legend's swatches, conditions, events — each with its sources' publishers. The
 * interface's words are said in the reader's language; the record's strings come as the
 * localised dataset holds them (RecordText), names and dates from the formatter.
 */
import { PALETTE, typeLabelId } from '@/theme/palette';
import { RecordText } from '@/components/record-text';
import { useFormat, useT, type Formatter, type Translate } from '@/i18n';
import type { ReactNode } from 'react';
import type { CommitmentTypeId, Source } from '@/datasets/schemas';
import type { NamedCountry, RecordRef, ResolvedBlock } from './step-content';

function Swatch({ type }: { type: CommitmentTypeId }) {
  return (
    <span
      className="lesson-swatch"
      style={{ background: PALETTE[type].color }}
      aria-hidden="true"
    />
  );
}

/** "Voz (AFP); Dawn (AFP) and 3 more": the first few publishers, so a slide stays readable. */
function credit(sources: readonly Source[], t: Translate, max = 2) {
  const names = [
    ...new Set(sources.map((s) => (s.agency ? `${s.publisher} (${s.agency})` : s.publisher))),
  ];
  const shown = names.slice(0, max).join('; ');
  const more = names.length - max;
  return more > 0 ? t('record.andMore', { names: shown, count: more }) : shown;
}

function Credit(props: { sources: readonly Source[]; max?: number }) {
  const t = useT();
  return <p className="lesson-credit">{credit(props.sources, t, props.max)}</p>;
}

const countryName = (f: Formatter, c: NamedCountry) => f.countryName(c.iso3, c.name);

/** "Countries per type, on 4 September 2025" / "…, latest known". */
const onDate = (t: Translate, f: Formatter, what: string, date: string | null) =>
  date
    ? t('lesson.block.onDate', { what, date: f.date(date) })
    : t('lesson.block.latest', { what });

const typeName = (t: Translate, type: CommitmentTypeId | null) =>
  type ? t(typeLabelId(type)) : t('lesson.block.noPosition');

function RecordItem({ r }: { r: RecordRef }) {
  if (r.field === 'summary') return <RecordText of={r.of} field="summary" />;
  if (r.field === 'text') return <RecordText of={r.of} field="text" />;
  return <RecordText of={r.of as string[]} field={r.field} />;
}

const PART_HEADINGS = {
  summary: 'lesson.block.summary',
  offers: 'lesson.block.offers',
  conditions: 'lesson.block.conditions',
} as const;

export function StepBlock({ b }: { b: ResolvedBlock }) {
  const t = useT();
  const f = useFormat();
  switch (b.kind) {
    case 'quote': {
      const q = b.quote;
      return (
        <figure className="lesson-block lesson-quote">
          <blockquote>
            <p>
              {/* The data stores a quote's words without marks (data:check refuses wrapped ones). */}
              {b.original && q.translation ? (
                <Quoted t={t}>
                  <RecordText of={q.translation} field="text" />
                </Quoted>
              ) : (
                t('lesson.block.quote', { text: q.text })
              )}
            </p>
          </blockquote>
          <figcaption>
            {q.speaker}, <RecordText of={q} field="role" />, {f.date(q.date)}
            {b.translatedBy &&
              ` · ${t(
                b.translatedBy === 'source'
                  ? 'lesson.block.translatedBySource'
                  : 'lesson.block.translatedByEditors',
                { language: f.languageName(b.original?.lang ?? '') },
              )}`}
            {b.sources.length > 0 && (
              <span className="lesson-credit"> · {credit(b.sources, t)}</span>
            )}
          </figcaption>
        </figure>
      );
    }
    case 'summit': {
      const s = b.summit;
      return (
        <div className="lesson-block">
          <ul className="lesson-lines">
            <li>
              <RecordText of={s} field="place" />, {f.date(s.date)}
            </li>
            <li>{t('lesson.block.summitCommitted', { count: s.committedCount })}</li>
            <li>{t('lesson.block.summitLeaders', { count: s.leadersTakingPart })}</li>
            <li>
              {t('lesson.block.summitPublished', { published: s.listPublished ? 'yes' : 'no' })}
            </li>
          </ul>
          <Credit sources={b.sources} max={3} />
        </div>
      );
    }
    case 'fact':
      return (
        <div className="lesson-block">
          <p>
            <RecordText of={b.fact} field="text" />
          </p>
          <Credit sources={b.sources} />
        </div>
      );
    case 'event':
      return (
        <div className="lesson-block">
          <h3>
            {f.date(b.event.date)}: <RecordText of={b.event} field="title" />
          </h3>
          <p>
            <RecordText of={b.event} field="summary" />
          </p>
          <Credit sources={b.sources} />
        </div>
      );
    case 'count':
      return (
        <div className="lesson-block">
          <h3>{onDate(t, f, t('lesson.block.count'), b.date)}</h3>
          <ul className="lesson-lines">
            {b.rows.map((r) => (
              <li key={r.type}>
                <Swatch type={r.type} /> {t(typeLabelId(r.type))}:{' '}
                <strong>{f.number(r.count)}</strong>
              </li>
            ))}
          </ul>
        </div>
      );
    case 'countries':
      return (
        <div className="lesson-block">
          <h3>{onDate(t, f, t('lesson.block.countries'), b.date)}</h3>
          {b.groups.map((g) => (
            <p key={g.type}>
              <Swatch type={g.type} /> <strong>{t(typeLabelId(g.type))}</strong> (
              {f.number(g.countries.length)}):{' '}
              {g.countries.length > 0
                ? g.countries
                    .map((c) => countryName(f, c))
                    .sort(f.compare)
                    .join(', ')
                : t('lesson.block.none')}
            </p>
          ))}
        </div>
      );
    case 'confidence':
      return (
        <div className="lesson-block">
          <h3>
            {b.date
              ? t('lesson.block.confidence', { date: f.date(b.date) })
              : t('lesson.block.confidenceLatest')}
          </h3>
          <ul className="lesson-lines">
            {b.rows.map((r) => (
              <li key={r.level}>
                {t(`confidence.${r.level}.short`)}: <strong>{f.number(r.count)}</strong>
              </li>
            ))}
          </ul>
        </div>
      );
    case 'position':
      return (
        <div className="lesson-block">
          <h3>
            {t(PART_HEADINGS[b.part], {
              country: countryName(f, b.country),
              date: f.date(b.asOf),
            })}
          </h3>
          <ul className="lesson-lines">
            {b.refs.length === 0 && <li>{t('lesson.block.noneStated')}</li>}
            {b.refs.map((r, i) => (
              <li key={i}>
                <RecordItem r={r} />
              </li>
            ))}
          </ul>
        </div>
      );
    case 'changes':
      return (
        <div className="lesson-block">
          <h3>
            {b.to
              ? t('lesson.block.changes', { from: f.date(b.from), to: f.date(b.to) })
              : t('lesson.block.changesLatest', { from: f.date(b.from) })}
          </h3>
          <ul className="lesson-lines">
            {b.rows.length === 0 && <li>{t('lesson.block.noChanges')}</li>}
            {b.rows.map((r) => (
              <li key={r.iso3}>
                <strong>{countryName(f, r)}</strong>: {typeName(t, r.from)} → {typeName(t, r.to)}
              </li>
            ))}
          </ul>
        </div>
      );
  }
}

/** The reader's quotation marks around a quote's words (“ ” in English, « » in French…). */
function Quoted({ t, children }: { t: Translate; children: ReactNode }) {
  const [open, close] = t('lesson.block.quote', { text: '\u0000' }).split('\u0000');
  return (
    <>
      {open}
      {children}
      {close}
    </>
  );
}
