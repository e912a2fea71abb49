/** The benchmark's options (command line) and how Chromium is started. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const outRoot = join(root, 'bench/results');
export const argv = process.argv.slice(2);
export const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
export const RUNS = opt('runs', 5);
export const CLICKS = opt('clicks', 30);
export const TOGGLES = opt('toggles', 30);
export const SOAK = opt('soak', 1000);
export const WARMUP = opt('warmup', 100);
export const SEED = opt('seed', 1);
/** Lighthouse runs per page and form factor (0: none). */
export const LIGHTHOUSE = opt('lighthouse', 1);
export const VIEWPORT = { width: 1280, height: 800 };
// As tests/browser/chromium.ts: quiet on a closed network, software WebGL 2 (SwiftShader).
export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];
export const executablePath = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].find((p) => p && existsSync(p));
if (!executablePath) {
  console.error('Chromium not found: apt-get install chromium, or set CHROME_PATH');
  process.exit(1);
}
