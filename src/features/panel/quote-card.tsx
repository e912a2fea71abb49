import { useContext } from 'react';
import type { Quote, Source } from '@/datasets/schemas';
import { spokenNoteMsg } from '@/datasets/vocabulary';
import { recordOrigin } from '@/datasets/record-origin';
import { RecordEnglishContext, RecordText } from '@/components/record-text';
import { useFormat, useLangInUse, useSay, useT, type Lang } from '@/i18n';
import { present } from './present';
import { SourceList } from './source-link';

/**
 * A quote's translation as the localised dataset holds it: in the reader's language (`lang` is
 * theirs) where the record has one, else the English translation (no `lang`, or `'en'`).
 */
type HeldTranslation = NonNullable<Quote['translation']> & { lang?: string };

interface ShownTranslation {
  text: string;
  lang: string;
  by: HeldTranslation['by'] | 'record';
}

/**
 * The translation to show under the words: none for words in the reader's own language (unless
 * the reader asks for the English reference text), the reader's language where the record has
 * it, else the English.
 */
export function shownTranslation(
  quote: Quote,
  reader: Lang,
  showEnglish: boolean,
): ShownTranslation | null {
  const held = quote.translation as HeldTranslation | undefined;
  if (!held) return null;
  const lang = held.lang ?? 'en';
  if (lang === 'en') {
    const ownWords = quote.lang === reader || quote.original?.lang === reader;
    return ownWords && !showEnglish ? null : { text: held.text, lang: 'en', by: held.by };
  }
  if (!showEnglish) return { text: held.text, lang, by: 'record' };
  // The English reference: for an English quote, the words themselves (nothing to add).
  if (quote.lang === 'en') return null;
  // (The localised translation does not keep who made the English: it is labelled "English".)
  const english = (recordOrigin(held, 'text') ?? recordOrigin(quote, 'translation'))?.english;
  return { text: english ?? held.text, lang: english ? 'en' : lang, by: 'record' };
}

/** A verbatim quote in its own language, with a translation and who made it. */
export function QuoteCard({
  quote,
  sources,
}: {
  quote: Quote;
  sources: ReadonlyMap<string, Source>;
}) {
  const t = useT();
  const f = useFormat();
  const say = useSay();
  const reader = useLangInUse();
  const showEnglish = useContext(RecordEnglishContext);
  // Say what the printed words are: the original, or a published translation of other words.
  const langNote = quote.spokenIn
    ? say(spokenNoteMsg(f, quote.lang, quote.spokenIn))
    : quote.lang !== 'en'
      ? t('record.originalIn', { language: f.languageName(quote.lang) })
      : null;
  // The words as spoken, where a source prints them in the reader's own language.
  const spoken =
    quote.original && quote.original.lang === reader && quote.original.lang !== quote.lang
      ? quote.original
      : undefined;
  const translation = shownTranslation(quote, reader, showEnglish);
  return (
    <figure className="quote">
      <blockquote lang={quote.lang}>
        <p>{quote.text}</p>
      </blockquote>
      {langNote && <p className="quote-lang">{langNote}</p>}
      {spoken && (
        <>
          <p className="quote-lang">
            {t('record.wordsAsSpoken', { language: f.languageName(spoken.lang) })}
          </p>
          <blockquote lang={spoken.lang}>
            <p>{spoken.text}</p>
          </blockquote>
        </>
      )}
      {translation && (
        <blockquote lang={translation.lang} className="quote-translation">
          <p>{translation.text}</p>
          <footer lang={reader}>
            {translation.by === 'record'
              ? t('record.translationInto', { language: f.languageName(translation.lang) })
              : t(
                  translation.by === 'source'
                    ? 'record.translationBySource'
                    : 'record.translationByEditors',
                )}
          </footer>
        </blockquote>
      )}
      <figcaption>
        — {quote.speaker}, <RecordText of={quote} field="role" />, {f.date(quote.date)}
        {present(quote, 'context') && (
          <span className="quote-context">
            {' ('}
            <RecordText of={quote} field="context" />)
          </span>
        )}
      </figcaption>
      <SourceList ids={quote.sources} sources={sources} />
    </figure>
  );
}
