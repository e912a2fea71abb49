import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/**
 * The architecture, as rules (README, "Architecture"): data flows one way,
 *   i18n → datasets → theme → components → store → ports → features/* → app,
 * a layer imports only those before it, features never import each other, and only the MapLibre
 * adapter imports maplibre-gl (everything else stays testable in jsdom).
 */
const MAPLIBRE = {
  name: 'maplibre-gl',
  message: 'Import maplibre-gl only in the MapLibre adapter (src/features/map/maplibre-*.ts).',
};
const layer = (name, forbidden, extraPatterns = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: [MAPLIBRE],
      patterns: [
        ...forbidden.map((f) => ({
          group: [`@/${f}`, `@/${f}/**`],
          message: `${name} sits below ${f}: data flows one way (README, Architecture).`,
        })),
        ...extraPatterns,
      ],
    },
  ],
});
const features = readdirSync('src/features');
const ABOVE_STORE = ['ports', 'features', 'app'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench/results', 'tests/browser/.artifacts', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      ...layer('Code', []),
    },
  },
  // The languages: catalogues, Intl formatting, react-intl's provider; they know nothing of the app.
  {
    files: ['src/i18n/**'],
    rules: layer('i18n', ['datasets', 'theme', 'components', 'store', ...ABOVE_STORE]),
  },
  {
    files: ['src/datasets/**'],
    rules: layer('datasets', ['theme', 'components', 'store', ...ABOVE_STORE]),
  },
  { files: ['src/theme/**'], rules: layer('theme', ['components', 'store', ...ABOVE_STORE]) },
  // Shared pieces take their values as props: they never read the store.
  { files: ['src/components/**'], rules: layer('components', ['store', ...ABOVE_STORE]) },
  { files: ['src/store/**'], rules: layer('store', ABOVE_STORE) },
  { files: ['src/ports/**'], rules: layer('ports', ['features', 'app']) },
  ...features.map((f) => ({
    files: [`src/features/${f}/**`],
    rules: layer(
      `features/${f}`,
      ['app'],
      [
        {
          group: features
            .filter((o) => o !== f)
            .flatMap((o) => [`@/features/${o}`, `@/features/${o}/**`, `../${o}/**`]),
          message: 'Features never import each other: meet in src/app, the store or src/ports.',
        },
        {
          group: ['./maplibre-*', '!./maplibre-adapter'],
          message: 'Part of the MapLibre adapter: load it through adapter-context.ts.',
        },
      ],
    ),
  })),
  {
    files: [
      'src/features/map/maplibre-*.ts',
      'tests/browser/**',
      'tests/dom/maplibre-internals.test.tsx',
      'bench/**',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
