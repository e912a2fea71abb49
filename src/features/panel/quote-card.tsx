import type { Quote, Source } from '@/datasets/schemas';
import { formatDate, languageName, spokenNote } from '@/datasets/vocabulary';
import { SourceList } from './source-link';

/** A verbatim quote in its own language, with the English translation and who made it. */
export function QuoteCard({
  quote,
  sources,
}: {
  quote: Quote;
  sources: ReadonlyMap<string, Source>;
}) {
  const byline = `${quote.speaker}, ${quote.role}, ${formatDate(quote.date)}`;
  // Say what the printed words are: the original, or a published translation of other words.
  const langNote = quote.spokenIn
    ? spokenNote(quote.lang, quote.spokenIn)
    : quote.lang !== 'en'
      ? `Original in ${languageName(quote.lang)}.`
      : null;
  return (
    <figure className="quote">
      <blockquote lang={quote.lang}>
        <p>{quote.text}</p>
      </blockquote>
      {langNote && <p className="quote-lang">{langNote}</p>}
      {quote.translation && (
        <blockquote lang="en" className="quote-translation">
          <p>{quote.translation.text}</p>
          <footer>
            English translation{' '}
            {quote.translation.by === 'source'
              ? 'as published by the source'
              : 'by the Coalition Map editors'}
          </footer>
        </blockquote>
      )}
      <figcaption>
        — {byline}
        {quote.context && <span className="quote-context"> ({quote.context})</span>}
      </figcaption>
      <SourceList ids={quote.sources} sources={sources} />
    </figure>
  );
}
