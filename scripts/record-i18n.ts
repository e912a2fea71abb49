/**
 * `npm run i18n:record -- <lang> [--lesson ID] [--out FILE] [--merge FILE]`: the translator's round
 * trip for the record's own words (or, with --lesson, a built-in lesson's) (data/README.md, "Translations of the record").
 *
 * - Without --merge: writes a work file (default data/i18n/<lang>/record.todo.json) with every
 *   block that is missing or stale in <lang>: its key, the words to translate from (`from`, in
 *   `fromLang`: the words as spoken for a quote), the English shown today, and an empty `text`.
 * - With --merge FILE: folds every entry whose `text` is filled into data/i18n/<lang>/record.json,
 *   recording the hash of the words it was made from, so a later English edit marks it stale.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CoalitionFile,
  CorrectionsFile,
  CountriesFile,
  SourcesFile,
} from '../src/datasets/schemas.ts';
import { recordBlocks } from '../src/datasets/record-text.ts';
import { lessonBlocks } from '../src/datasets/lesson-text.ts';
import { Lesson } from '../src/datasets/lesson-schema.ts';
import {
  RecordTranslationFile,
  TRANSLATED_LANGS,
  blocksFor,
  sourceHash,
  translatedBlock,
  type TranslatedLang,
} from '../src/datasets/record-translations.ts';

interface TodoEntry {
  from: string;
  fromLang: string;
  english: string;
  text: string;
}

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;

/** The record (no lesson id) or a built-in lesson: its blocks and its translation file. */
function target(dir: string, lang: TranslatedLang, lesson?: string) {
  if (lesson)
    return {
      blocks: lessonBlocks(Lesson.parse(json(join(dir, 'lessons', `${lesson}.json`)))),
      path: join(dir, 'i18n', lang, 'lessons', `${lesson}.json`),
    };
  return {
    blocks: recordBlocks({
      countries: CountriesFile.parse(json(join(dir, 'countries.json'))).countries,
      coalition: CoalitionFile.parse(json(join(dir, 'coalition.json'))),
      corrections: CorrectionsFile.parse(json(join(dir, 'corrections.json'))),
      sources: SourcesFile.parse(json(join(dir, 'sources.json'))).sources,
    }),
    path: recordPath(dir, lang),
  };
}

export function todo(
  dir: string,
  lang: TranslatedLang,
  lesson?: string,
): Record<string, TodoEntry> {
  const { blocks, path } = target(dir, lang, lesson);
  const current = readTranslations(path);
  return Object.fromEntries(
    blocksFor(lang, blocks)
      .filter((b) => translatedBlock(b, current).status !== 'translated')
      .map((b) => [b.key, { from: b.from, fromLang: b.fromLang, english: b.english, text: '' }]),
  );
}

const recordPath = (dir: string, lang: string) => join(dir, 'i18n', lang, 'record.json');

function readTranslations(path: string) {
  return existsSync(path) ? RecordTranslationFile.parse(json(path)) : undefined;
}

/** Folds the filled entries of a work file in; returns how many. */
export function merge(
  dir: string,
  lang: TranslatedLang,
  work: Record<string, TodoEntry>,
  lesson?: string,
) {
  const { path } = target(dir, lang, lesson);
  const file = readTranslations(path) ?? {
    lang,
    translatedBy: 'to be stated',
    blocks: {},
  };
  let n = 0;
  for (const [key, entry] of Object.entries(work)) {
    if (!entry.text.trim()) continue;
    file.blocks[key] = { text: entry.text.trim(), from: sourceHash(entry.from) };
    n++;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(RecordTranslationFile.parse(file), null, 2)}\n`);
  return n;
}

function main(argv: readonly string[]): number {
  const lang = argv[0] as TranslatedLang;
  if (!TRANSLATED_LANGS.includes(lang)) {
    console.error(
      `usage: i18n:record <${TRANSLATED_LANGS.join('|')}> [--lesson ID] [--out FILE] [--merge FILE]`,
    );
    return 2;
  }
  const dir = resolve('data');
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const lesson = arg('--lesson');
  const toMerge = arg('--merge');
  if (toMerge) {
    const n = merge(dir, lang, json(toMerge) as Record<string, TodoEntry>, lesson);
    console.log(
      `i18n:record: ${n} block(s) merged for ${lesson ? `lesson ${lesson}` : 'the record'}`,
    );
    return 0;
  }
  const out = arg('--out') ?? join(dir, 'i18n', lang, `${lesson ?? 'record'}.todo.json`);
  const work = todo(dir, lang, lesson);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(work, null, 2)}\n`);
  console.log(`i18n:record: ${Object.keys(work).length} block(s) to translate in ${out}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
