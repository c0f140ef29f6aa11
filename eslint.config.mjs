// Lint for the whole tree (run by `npm test`): typescript-eslint's recommended rules, and the house's one rule of
// direction, checked by eslint-plugin-boundaries: features → Teams toolkit, texts, domain; only the composition root
// wires the stores; no feature imports another; botbuilder stays inside the Teams glue and dialogs/.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

const FEATURES = ['dialogs', 'intake', 'signaller', 'coordination'];

/** Which elements each element may import (besides itself). */
const ALLOWED = {
  composition: ['*'],
  config: ['domain', 'runtime'],
  teams: ['toolkit', ...FEATURES, 'texts', 'domain', 'config', 'runtime'],
  toolkit: ['domain'],
  dialogs: ['toolkit', 'texts', 'domain', 'runtime'],
  intake: ['toolkit', 'texts', 'domain', 'runtime'],
  signaller: ['toolkit', 'texts', 'domain', 'runtime'],
  coordination: ['toolkit', 'texts', 'domain', 'runtime'],
  texts: ['domain'],
  domain: [],
  store: ['domain', 'config', 'runtime'],
  // The logger and the system clock: what every layer above the domain may use.
  runtime: ['domain'],
};

/** Only the Teams glue and the dialogue may speak the Bot Framework SDK. */
const NO_BOTBUILDER = ['toolkit', 'intake', 'signaller', 'coordination', 'texts', 'domain', 'store', 'config'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Tests require the adaptivecards bundle (its lib/ entry does not load in Node 20).
      '@typescript-eslint/no-require-imports': ['error', { allow: ['adaptivecards/dist/adaptivecards\\.js$'] }],
    },
  },
  {
    // Plain JavaScript that runs before any dependency is installed (scripts/ensure-deps.js): CommonJS in Node.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts', 'dialogs/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.js'] } },
      'boundaries/include': ['src/**/*.ts', 'dialogs/**/*.ts'],
      // Folders, first match wins: the composition root (the files directly in src/) last.
      'boundaries/elements': [
        { type: 'toolkit', pattern: 'src/toolkit' },
        { type: 'teams', pattern: 'src/teams' },
        { type: 'config', pattern: 'src/config' },
        { type: 'dialogs', pattern: 'dialogs' },
        { type: 'intake', pattern: 'src/intake' },
        { type: 'signaller', pattern: 'src/signaller' },
        { type: 'coordination', pattern: 'src/coordination' },
        { type: 'texts', pattern: 'src/texts' },
        { type: 'domain', pattern: 'src/domain' },
        { type: 'store', pattern: 'src/store' },
        { type: 'runtime', pattern: 'src/runtime' },
        { type: 'composition', pattern: 'src' },
      ],
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          // Packages too, so the Bot Framework SDK can be kept out (see NO_BOTBUILDER).
          checkAllOrigins: true,
          policies: [
            ...Object.entries(ALLOWED).map(([from, to]) => ({
              from: { element: { type: from } },
              allow: { to: { element: { types: { anyOf: to.includes('*') ? Object.keys(ALLOWED) : [from, ...to] } } } },
            })),
            // Packages are fine, except the Bot Framework SDK outside the Teams glue and dialogs/.
            { allow: { to: { module: { origin: 'external' } } } },
            { allow: { to: { module: { origin: 'core' } } } },
            {
              from: { element: { types: { anyOf: NO_BOTBUILDER } } },
              disallow: { to: { module: { origin: 'external', source: ['botbuilder', 'botbuilder-dialogs', 'botframework-connector', 'botbuilder-core'] } } },
            },
          ],
        },
      ],
    },
  },
);
