// Static checks beside the formatter: import order, line length for what Prettier cannot wrap
// (comments), and the React hooks rules in the web. Type-aware rules are left to `tsc -b`.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '**/generated/**', 'schema/**', 'tests/results/**', '**/*.d.ts'] },
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { 'simple-import-sort': simpleImportSort, '@typescript-eslint': tseslint.plugin },
    languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
    rules: {
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      // Strings and template literals (SQL included) count: split them over lines. Regular expression
      // literals cannot be split without changing them, so they alone are exempt.
      'max-len': ['error', { code: 120, ignoreRegExpLiterals: true }],
    },
  },
  {
    // Small files: a module that outgrows 250 lines is two modules, a test file that does is two test files
    // (unit specs beside the code, migrations and generated code aside).
    files: ['services/*/src/**/*.{ts,tsx}', 'packages/*/src/**/*.{ts,tsx}', 'packages/*/*.{js,mjs}', 'tests/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/migrations/**', '**/generated/**', 'tests/results/**'],
    rules: { 'max-lines': ['error', { max: 250 }] },
  },
  {
    // Generated once by TypeORM and never edited: their SQL lines stay whole.
    files: ['services/*/src/migrations/**'],
    rules: { 'max-len': 'off' },
  },
  {
    files: ['services/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
];
