/**
 * `npm run data:check [-- --dir <path>]`: parses the data files with the app's own schema,
 * then runs the cross-file rules, and prints every problem as `file: where: what is wrong`.
 * Exit code 1 on any problem, so CI and a teacher editing a file get the same answer.
 *
 * Imports from src/ are relative on purpose: tsx only resolves the `@/` alias from the
 * tsconfig.json of the *working directory*, and the dataset modules need no alias.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { DataFileError, formatProblem, type DataProblem } from '../src/datasets/data-error.ts';
import { checkIntegrity } from '../src/datasets/integrity.ts';
import { parseDataFile } from '../src/datasets/load.ts';
import {
  CoalitionFile,
  CorrectionsFile,
  CountriesFile,
  SourcesFile,
} from '../src/datasets/schemas.ts';
import { BoundariesData } from '../src/datasets/boundaries-topology.ts';
import { Lesson } from '../src/datasets/lesson-schema.ts';
import { checkLesson } from '../src/datasets/lesson-check.ts';
import { recordBlocks } from '../src/datasets/record-text.ts';
import { lessonBlocks } from '../src/datasets/lesson-text.ts';
import {
  RecordTranslationFile,
  TRANSLATED_LANGS,
  translationReport,
  type TranslationReport,
} from '../src/datasets/record-translations.ts';

export interface DataCheckResult {
  problems: string[];
  /** Per language: what is translated, missing or stale (not problems: English stands in). */
  translations: TranslationReport[];
  /** What was checked, for the OK line; empty when a file could not be parsed. */
  summary: string;
}

const todayUtc = () => new Date().toISOString().slice(0, 10);

/** Checks the four data files in `dir`; `today` (YYYY-MM-DD) defaults to the UTC date. */
export function runDataCheck(dir: string, today: string = todayUtc()): DataCheckResult {
  const problems: DataProblem[] = [];
  const load = <S extends z.ZodType>(file: string, schema: S): z.infer<S> | undefined => {
    let text: string;
    try {
      text = readFileSync(join(dir, file), 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      problems.push({ file, where: '', message: `could not be read (${code})` });
      return undefined;
    }
    try {
      return parseDataFile(file, text, schema);
    } catch (e) {
      if (!(e instanceof DataFileError)) throw e;
      problems.push(...e.problems);
      return undefined;
    }
  };

  const countries = load('countries.json', CountriesFile);
  const sources = load('sources.json', SourcesFile);
  const coalition = load('coalition.json', CoalitionFile);
  const boundaries = load('boundaries.topo.json', BoundariesData);
  // The corrections log is optional in a data folder (test fixtures have none), checked when present.
  const corrections = existsSync(join(dir, 'corrections.json'))
    ? load('corrections.json', CorrectionsFile)
    : undefined;

  let summary = '';
  const translations: TranslationReport[] = [];
  if (countries && sources && coalition) {
    const boundaryIso3 = boundaries && new Set(boundaries.features.map((f) => f.properties.iso3));
    problems.push(
      ...checkIntegrity({
        countries,
        sources,
        coalition,
        today,
        ...(boundaryIso3 ? { boundaryIso3 } : {}),
        ...(corrections ? { corrections } : {}),
      }),
    );
    // Lessons are data too: their schema, and every country, quote, fact and event they name.
    const lessonFiles = existsSync(join(dir, 'lessons'))
      ? readdirSync(join(dir, 'lessons')).filter((f) => f.endsWith('.json'))
      : [];
    const lessons: Lesson[] = [];
    for (const name of lessonFiles) {
      const file = `lessons/${name}`;
      const lesson = load(file, Lesson);
      if (!lesson) continue;
      if (`${lesson.id}.json` !== name)
        problems.push({
          file,
          where: 'id',
          message: `"${lesson.id}" does not match the file name`,
        });
      problems.push(...checkLesson(lesson, { countries: countries.countries, coalition }, file));
      lessons.push(lesson);
    }
    // The record's translations: a block whose key names no English block is a problem (a typo,
    // or English since removed); missing and stale ones are reported, shown in English, marked.
    const blocks = recordBlocks({
      countries: countries.countries,
      coalition,
      corrections,
      sources: sources.sources,
    });
    for (const lang of TRANSLATED_LANGS) {
      const file = `i18n/${lang}/record.json`;
      const translated = existsSync(join(dir, file))
        ? load(file, RecordTranslationFile)
        : undefined;
      if (translated && translated.lang !== lang)
        problems.push({
          file,
          where: 'lang',
          message: `is "${translated.lang}", expected "${lang}"`,
        });
      const report = translationReport(lang, blocks, translated);
      for (const key of report.orphans)
        problems.push({ file, where: `blocks.${key}`, message: 'no English block has this key' });
      translations.push(report);
      // The built-in lessons' words in this language, checked the same way.
      for (const lesson of lessons) {
        const lessonFile = `i18n/${lang}/lessons/${lesson.id}.json`;
        const t = existsSync(join(dir, lessonFile))
          ? load(lessonFile, RecordTranslationFile)
          : undefined;
        const r = {
          ...translationReport(lang, lessonBlocks(lesson), t),
          subject: `lesson ${lesson.id}`,
        };
        for (const key of r.orphans)
          problems.push({
            file: lessonFile,
            where: `blocks.${key}`,
            message: 'no English block has this key',
          });
        translations.push(r);
      }
    }
    const quotes =
      countries.countries.reduce((n, c) => n + c.quotes.length, 0) + coalition.quotes.length;
    summary = [
      `${countries.countries.length} countries`,
      `${sources.sources.length} sources`,
      `${quotes} quotes`,
      `${coalition.timeline.length} timeline events`,
      `${boundaries?.features.length ?? 0} boundaries`,
      ...(lessonFiles.length ? [`${lessonFiles.length} lesson(s)`] : []),
      ...(corrections ? [`${corrections.corrections.length} corrections`] : []),
    ].join(', ');
  }
  return { problems: problems.map(formatProblem), summary, translations };
}

/** The problems found in `dir`, one printable line each; `[]` means the data is fine. */
export function checkDataDir(dir: string, today?: string): string[] {
  return runDataCheck(dir, today).problems;
}

/**
 * One line per language (translated / total, stale and missing counts), then every stale key
 * (an English edit to look at) and, with `--translations`, every missing one.
 */
export function translationLines(reports: readonly TranslationReport[], all: boolean): string[] {
  return reports.flatMap((r) => [
    `translations ${r.lang}${r.subject ? ` ${r.subject}` : ''}: ${r.translated}/${r.total} current, ${r.stale.length} stale, ${r.missing.length} missing`,
    ...r.stale.map((k) => `  ${r.lang} stale (English changed since): ${k}`),
    ...(all ? r.missing.map((k) => `  ${r.lang} missing: ${k}`) : []),
  ]);
}

function main(argv: readonly string[]): number {
  const at = argv.indexOf('--dir');
  const dirArg = at >= 0 ? argv[at + 1] : 'data';
  if (dirArg === undefined || dirArg.startsWith('--')) {
    console.error('usage: data-check [--dir <path>] [--translations]');
    return 2;
  }
  const { problems, summary, translations } = runDataCheck(resolve(dirArg));
  for (const line of problems) console.error(line);
  for (const line of translationLines(translations, argv.includes('--translations')))
    console.log(line);
  if (problems.length > 0) {
    console.error(`data:check: ${problems.length} problem(s)`);
    return 1;
  }
  console.log(`data:check: OK (${summary})`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
