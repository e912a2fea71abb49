/**
 * `npm run data:check` over the fixtures: every broken case prints the line its expected.txt
 * names (and only that one), the valid and XSS datasets pass, and the CLI exits accordingly.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { checkDataDir, runDataCheck } from '../../scripts/data-check.ts';
import { BROKEN_CASES } from '../fixtures/broken-cases.ts';
import {
  BROKEN_DIR,
  FIXTURES_DIR,
  renderFixtures,
  VALID_DIR,
  XSS_DIR,
  XSS_PAYLOAD,
} from '../fixtures/make-broken-data.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const caseDirs = readdirSync(BROKEN_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('broken fixtures', () => {
  it('cover at least 22 rules, one directory per case in broken-cases.ts', () => {
    expect(caseDirs.length).toBeGreaterThanOrEqual(22);
    expect(caseDirs).toEqual(BROKEN_CASES.map((c) => c.name).sort());
  });

  it.each(caseDirs)('%s: data:check prints exactly the expected problem', (name) => {
    const expected = readFileSync(join(BROKEN_DIR, name, 'expected.txt'), 'utf8').trim();
    expect(expected.length).toBeGreaterThan(10);
    const problems = checkDataDir(join(BROKEN_DIR, name));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  it('are exactly what make-broken-data.ts writes (regenerate after editing a case)', async () => {
    const files = await renderFixtures();
    for (const [rel, text] of files)
      expect(readFileSync(join(FIXTURES_DIR, rel), 'utf8')).toBe(text);
    const onDisk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? onDisk(join(dir, d.name)) : [relative(FIXTURES_DIR, join(dir, d.name))],
      );
    expect([...onDisk(BROKEN_DIR), ...onDisk(XSS_DIR)].sort()).toEqual([...files.keys()].sort());
  });
});

describe('valid fixtures', () => {
  it('the base dataset passes, with four countries', () => {
    const result = runDataCheck(VALID_DIR);
    expect(result.problems).toEqual([]);
    expect(result.summary).toBe(
      '4 countries, 12 sources, 7 quotes, 2 timeline events, 4 boundaries',
    );
    // No translation files: every block of every language is missing (English stands in).
    expect(result.translations.map((t) => [t.lang, t.translated])).toEqual([
      ['fr', 0],
      ['de', 0],
      ['uk', 0],
      ['pl', 0],
    ]);
  });

  it('the XSS dataset is valid data: the payload is just text in a quote', () => {
    expect(checkDataDir(XSS_DIR)).toEqual([]);
    expect(readFileSync(join(XSS_DIR, 'countries.json'), 'utf8')).toContain(XSS_PAYLOAD);
  });

  it('the real data passes', () => {
    expect(checkDataDir(join(ROOT, 'data'))).toEqual([]);
  });
});

describe('the data:check command', () => {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [tsx, join(ROOT, 'scripts/data-check.ts'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  it('prints OK with counts and exits 0 on good data', () => {
    const r = run('--dir', VALID_DIR);
    const lines = r.stdout.trim().split('\n');
    expect(lines.at(-1)).toBe(
      'data:check: OK (4 countries, 12 sources, 7 quotes, 2 timeline events, 4 boundaries)',
    );
    // Then one line per language (translation counts): report, not problems.
    expect(lines.slice(0, -1)).toEqual([
      expect.stringMatching(/^translations fr: 0\/\d+ current, 0 stale, \d+ missing$/),
      expect.stringMatching(/^translations de: /),
      expect.stringMatching(/^translations uk: /),
      expect.stringMatching(/^translations pl: /),
    ]);
    expect(r.status).toBe(0);
  });

  it('prints each problem and a count, and exits 1 on bad data', () => {
    const r = run('--dir', join(BROKEN_DIR, 'http-url'));
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringContaining('sources.json: S2/url: must be an https:// URL'),
      'data:check: 1 problem(s)',
    ]);
    expect(r.status).toBe(1);
  });

  it('checks data/ by default', () => {
    expect(existsSync(join(ROOT, 'data/countries.json'))).toBe(true);
    expect(run().stdout).toMatch(/^data:check: OK \(\d+ countries, \d+ sources, .*corrections\)/m);
  });
});

describe('lessons in data/lessons/', () => {
  const withLesson = (lesson: unknown, name = 'demo.json') => {
    const dir = mkdtempSync(join(tmpdir(), 'lesson-check-'));
    cpSync(VALID_DIR, dir, { recursive: true });
    mkdirSync(join(dir, 'lessons'));
    writeFileSync(join(dir, 'lessons', name), JSON.stringify(lesson));
    return dir;
  };
  const step = (id: string, extra: object = {}) => ({
    id,
    title: `Step ${id}`,
    notes: 'n',
    ...extra,
  });

  it('accepts a lesson whose references exist, and counts it', () => {
    const dir = withLesson({
      id: 'demo',
      title: 'Demo',
      description: 'A two-step demo.',
      steps: [step('one', { countries: ['FRA'] }), step('two', { country: 'DEU' })],
    });
    const { problems, summary } = runDataCheck(dir);
    expect(problems).toEqual([]);
    expect(summary).toContain('1 lesson(s)');
  });

  it('names the file, step and field of a country the data does not hold', () => {
    const dir = withLesson({
      id: 'demo',
      title: 'Demo',
      description: 'A two-step demo.',
      steps: [step('one'), step('two', { country: 'ESP' })],
    });
    expect(checkDataDir(dir)).toEqual([
      'lessons/demo.json: steps[two].country: no country "ESP" in countries.json',
    ]);
  });

  it('reports a lesson whose id is not its file name, and a schema error', () => {
    const dir = withLesson({ id: 'other', title: 'T', description: 'D', steps: [step('one')] });
    const problems = checkDataDir(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^lessons\/demo\.json: steps.*at least two steps/);
    const renamed = withLesson(
      { id: 'other', title: 'T', description: 'D', steps: [step('one'), step('two')] },
      'demo.json',
    );
    expect(checkDataDir(renamed)).toEqual([
      'lessons/demo.json: id: "other" does not match the file name',
    ]);
  });
});
