#!/usr/bin/env node
/**
 * `npm test`: unit and dom tests (node, jsdom), then the browser tests (real Chromium; skipped
 * loudly when Chromium is missing, a failure under CI=true).
 * `--report-dir DIR` also writes each runner's JSON report there (used by .ci/run).
 */
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const i = args.indexOf('--report-dir');
const reportDir = i >= 0 ? args[i + 1] : undefined;
const report = (name) =>
  reportDir
    ? ['--reporter=default', '--reporter=json', `--outputFile.json=${reportDir}/${name}.json`]
    : [];

const run = (cmd, cmdArgs) => spawnSync(cmd, cmdArgs, { stdio: 'inherit' }).status ?? 1;

const fast = run('npx', [
  'vitest',
  'run',
  '--project',
  'unit',
  '--project',
  'dom',
  ...report('unit-dom'),
]);
const browser = run('node', ['scripts/run-browser-tests.mjs', ...report('browser')]);
process.exit(fast !== 0 ? fast : browser);
