/**
 * Builds the bare MapLibre page the benchmark compares the app with (scripts/bench.mjs):
 * the same bundler settings as the app (relative base, no inlined assets, es2022).
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: { assetsInlineLimit: 0, target: 'es2022', emptyOutDir: true },
  assetsInclude: ['**/*.geojson'],
  logLevel: 'warn',
});
