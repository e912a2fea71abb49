#!/usr/bin/env node
/**
 * Runs the browser tests (real MapLibre in Debian's Chromium) against a fresh production build.
 * Without Chromium they are skipped LOUDLY — except with CI=true, where that is a failure.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const found = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);
if (!found) {
  const banner = '!'.repeat(78);
  console.error(
    `\n${banner}\n  BROWSER TESTS SKIPPED: Chromium was not found.\n` +
      `  Install it with:  sudo apt-get install -y chromium   (or set CHROME_PATH)\n${banner}\n`,
  );
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, CHROME_PATH: found } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const outDir = process.env.APP_DIST ?? 'dist';
if (!process.argv.includes('--no-build'))
  run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir']);
run('npx', [
  'vitest',
  'run',
  '--project',
  'browser',
  ...process.argv.slice(2).filter((a) => a !== '--no-build'),
]);
