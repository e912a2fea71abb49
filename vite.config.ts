/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('./src', import.meta.url));

/**
 * The production Content-Security-Policy: everything from the app's own origin, no inline
 * script and no inline style. MapLibre's worker is a same-origin module (blob: kept for
 * MapLibre's fallback), images may be data:/blob: (control icons, map export). Styles set from
 * script (React `style={{}}`, MapLibre) go through the CSSOM, which CSP does not restrict.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * A <meta> CSP in the built index.html only (the dev server needs inline scripts for HMR),
 * right after the charset so that it governs every script and stylesheet that follows.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'coalition-map:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
        const withCsp = html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${meta}`);
        if (withCsp === html)
          throw new Error('index.html has no <meta charset>: cannot place the CSP');
        return withCsp;
      },
    },
  };
}

/** The data the shell shows first: fetched by React Query, which only starts after the JS runs. */
const SHELL_DATA = ['data/countries.json', 'data/sources.json', 'data/coalition.json'];

/**
 * `<link rel="preload" as="fetch">` for the shell's data, so it downloads beside the JS instead
 * of one round trip after it (the browser hands the preloaded response to React Query's fetch).
 * The boundaries are left out: 94 KB would compete with the shell's own JS on slow Wi-Fi.
 */
function preloadShellData(): Plugin {
  return {
    name: 'coalition-map:preload-data',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const assets = Object.values(ctx.bundle ?? {}).filter((f) => f.type === 'asset');
        return SHELL_DATA.map((name) => {
          const asset = assets.find((a) => a.originalFileNames.some((o) => o.endsWith(name)));
          if (!asset) throw new Error(`preload: ${name} is not in the bundle`);
          const attrs = { rel: 'preload', href: `./${asset.fileName}`, as: 'fetch' };
          return { tag: 'link', attrs: { ...attrs, crossorigin: true }, injectTo: 'head' as const };
        });
      },
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the build works from any sub-path (https://host/any/path/).
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    preloadShellData(),
    // Offline after one visit: Workbox precaches the shell, the MapLibre chunk and worker, the
    // data and the fonts. The service worker is registered from src/main.tsx (production only).
    VitePWA({
      injectRegister: false,
      registerType: 'autoUpdate',
      includeManifestIcons: false, // already matched by globPatterns
      manifest: {
        name: 'Coalition Map: security guarantees for Ukraine after a ceasefire',
        short_name: 'Coalition Map',
        description:
          'Who pledged what for Ukraine’s security after a ceasefire: every government’s stated position, dated and sourced.',
        lang: 'en',
        // Relative to the manifest's own URL, so an install works from any sub-path.
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b4f8a',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // .woff (not woff2) is only a fallback for browsers older than any that run MapLibre 6.
        globPatterns: ['**/*.{html,js,mjs,css,json,geojson,woff2,svg,png}'],
        globIgnores: ['screenshot.png'],
        // The MapLibre chunk is ~1.1 MB raw.
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: 'index.html',
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: { alias: { '@': src } },
  // Data files are fetched at run time as hashed assets, never inlined as data: URLs (CSP).
  build: { assetsInlineLimit: 0, target: 'es2022' },
  assetsInclude: ['**/*.geojson'],
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // The data:check tests start tsx in a child process: seconds on a loaded 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/dom/**/*.test.tsx'],
          setupFiles: ['tests/support/setup-dom.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
