/**
 * The record in the reader's language (issue 15): a copy of the dataset in which every block of
 * the record's own words (record-text.ts) is replaced by its current translation, or left in
 * English where the translation is missing or stale. Each replaced or kept string is noted in
 * record-origin.ts, so the views can mark English that stands in and show the English on demand.
 * Pure: the English dataset is never changed, and the same inputs give the same copy (cached).
 */
import type { Dataset } from './dataset';
import type { CorrectionsFile, Quote } from './schemas';
import { correctionBlocks, recordBlocks, type RecordBlock } from './record-text';
import { blocksFor, translatedBlock, type RecordTranslationFile } from './record-translations';
import { noteOrigin } from './record-origin';

/** Writes each block's reader text where its English sat; returns how many are current. */
function apply(
  blocks: readonly RecordBlock[],
  file: RecordTranslationFile | undefined,
  lang: string,
) {
  let current = 0;
  for (const b of blocksFor(lang, blocks)) {
    const { text, status } = translatedBlock(b, file);
    if (status === 'translated') current++;
    const { holder, field } = b.at;
    if (field === 'translation') {
      // A quote: the reader's rendering, made from the words as spoken, becomes its translation;
      // without one, the English translation stays (its `lang` absent: English).
      const q = holder as Quote;
      if (status !== 'translated') continue;
      q.translation = {
        text,
        by: 'editors',
        lang: lang as NonNullable<Quote['translation']>['lang'],
      };
      noteOrigin(q.translation, 'text', { english: b.english, status, key: b.key });
      continue;
    }
    (holder as Record<string | number, unknown>)[field] = text;
    noteOrigin(holder, field, { english: b.english, status, key: b.key });
  }
  return current;
}

const memo = new WeakMap<object, WeakMap<object, unknown>>();
const noFile: Record<string, object> = {};

/**
 * One localised copy per English object and translation file (a file is one language's), so
 * the same inputs give the same object back and selectors memoised on it keep working.
 */
export function remembered<T extends object>(
  english: T,
  lang: string,
  file: object | null | undefined,
  make: () => T,
): T {
  const second = file ?? (noFile[lang] ??= {});
  let inner = memo.get(english);
  if (!inner) memo.set(english, (inner = new WeakMap()));
  let hit = inner.get(second) as T | undefined;
  if (!hit) inner.set(second, (hit = make()));
  return hit;
}

export function localiseDataset(
  dataset: Dataset,
  lang: string,
  file: RecordTranslationFile | undefined,
): Dataset {
  if (lang === 'en') return dataset;
  return remembered(dataset, lang, file, () => {
    const countries = structuredClone(dataset.countries) as Dataset['countries'];
    const coalition = structuredClone(dataset.coalition);
    const sources = new Map([...dataset.sources].map(([id, s]) => [id, structuredClone(s)]));
    const blocks = recordBlocks({ countries, coalition, sources: [...sources.values()] });
    const current = apply(blocks, file, lang);
    const quotes = new Map<string, Quote>();
    for (const c of countries) for (const q of c.quotes) quotes.set(q.id, q);
    for (const q of coalition.quotes) quotes.set(q.id, q);
    return {
      countries,
      byIso3: new Map(countries.map((c) => [c.iso3, c])),
      sources,
      quotes,
      coalition,
      translation: {
        lang,
        translatedBy: file?.translatedBy ?? '',
        current,
        total: blocksFor(lang, blocks).length,
      },
    };
  });
}

/** The corrections log (About) in the reader's language, the same way. */
export function localiseCorrections(
  corrections: CorrectionsFile,
  lang: string,
  file: RecordTranslationFile | undefined,
): CorrectionsFile {
  if (lang === 'en') return corrections;
  return remembered(corrections, lang, file, () => {
    const copy = structuredClone(corrections);
    apply(correctionBlocks(copy), file, lang);
    return copy;
  });
}
