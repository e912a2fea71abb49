/**
 * Translations of the record (data/i18n/<lang>/record.json): each block keeps the text and a hash
 * of the words it was made from (record-text.ts), so an English edit marks it stale. English stays
 * the reference: a missing or stale block is shown in English, marked, never blank.
 */
import { z } from 'zod';
import type { RecordBlock } from './record-text';

/** The languages the app speaks besides English (issue 15). */
export const TRANSLATED_LANGS = ['fr', 'de', 'uk', 'pl'] as const;
export type TranslatedLang = (typeof TRANSLATED_LANGS)[number];

const Hash = z.string().regex(/^[0-9a-f]{8}$/, 'must be 8 hex digits (sourceHash of the English)');

export const RecordTranslationFile = z.strictObject({
  lang: z.enum(TRANSLATED_LANGS),
  /** Who translated, and how (shown in About). */
  translatedBy: z.string().trim().min(1).max(300),
  blocks: z.record(
    z.string().regex(/^[A-Za-z0-9.@_-]+$/, 'must be a record key'),
    z.strictObject({ text: z.string().trim().min(1).max(2000), from: Hash }),
  ),
});
export type RecordTranslationFile = z.infer<typeof RecordTranslationFile>;

/**
 * FNV-1a (32 bit) of the NFC-normalised text, as 8 hex digits: the same in Node (data:check)
 * and the browser, synchronous, and enough to notice an edit (not a security measure).
 */
export function sourceHash(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text.normalize('NFC'))) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export type BlockStatus = 'translated' | 'stale' | 'missing';

/**
 * The blocks a language needs: a quote spoken in the reader's own language needs no translation
 * (the reader reads the words as spoken), so it is neither asked of translators nor counted missing.
 */
export const blocksFor = (lang: string, blocks: readonly RecordBlock[]) =>
  blocks.filter((b) => b.fromLang !== lang);

/** The reader's text for one block: the translation when current, else the English, marked. */
export function translatedBlock(
  block: RecordBlock,
  file: RecordTranslationFile | undefined,
): { text: string; status: BlockStatus } {
  const t = file?.blocks[block.key];
  if (!t) return { text: block.english, status: 'missing' };
  if (t.from !== sourceHash(block.from)) return { text: block.english, status: 'stale' };
  return { text: t.text, status: 'translated' };
}

export interface TranslationReport {
  lang: TranslatedLang;
  /** What is translated, when not the record ("lesson paris-2025"). */
  subject?: string;
  total: number;
  translated: number;
  missing: string[];
  stale: string[];
  /** Keys with no English block: a typo, or a block the English no longer has. */
  orphans: string[];
}

export function translationReport(
  lang: TranslatedLang,
  blocks: readonly RecordBlock[],
  file: RecordTranslationFile | undefined,
): TranslationReport {
  const needed = blocksFor(lang, blocks);
  const report: TranslationReport = {
    lang,
    total: needed.length,
    translated: 0,
    missing: [],
    stale: [],
    orphans: [],
  };
  const known = new Set<string>();
  for (const b of needed) {
    known.add(b.key);
    const { status } = translatedBlock(b, file);
    if (status === 'translated') report.translated++;
    else report[status].push(b.key);
  }
  report.orphans = Object.keys(file?.blocks ?? {}).filter((k) => !known.has(k));
  return report;
}
