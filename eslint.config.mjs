// Lint for correctness, not style: Prettier owns the layout.
// `npm run lint` keeps each file's result by its content (--cache): sound
// while every rule reads one file at a time, as these do. Rules that read
// types across files (typescript-eslint's type-checked configs) would need
// the cache dropped from the script.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.neo4j/', 'launcher/target/', 'bench/results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/http/explore/page/**/*.js'],
    // cytoscape is loaded by its own <script> tag before the page's code.
    languageOptions: { globals: { ...globals.browser, cytoscape: 'readonly' }, sourceType: 'script' },
  },
  {
    files: ['src/http/review/page/**/*.js'],
    // Browser scripts; review-state.js and text-marks.js also export to Node for their unit tests.
    languageOptions: { globals: { ...globals.browser, module: 'readonly' }, sourceType: 'script' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    ignores: ['src/http/explore/page/**', 'src/http/review/page/**'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
