// One lint setup for the whole repo; `npm run lint` fails on any warning.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import layers from './scripts/layers.cjs';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/store/generated/**', 'web/dist/**', 'coverage/**', 'test-output/**', 'data/**', '.bench-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  // ---- layers (issue 16) ---------------------------------------------------------------------------
  // Per folder of src/, the imports its layer may make (ARCHITECTURE.md, "Layers"; the table is
  // scripts/layers.cjs, shared with `npm run deps`). src/core also keeps out vendors and I/O.
  // no-restricted-imports options do not merge: add a restriction for src/ to that table, not here.
  ...layers.eslintConfigs(path.dirname(fileURLToPath(import.meta.url))),
  // ---- end of layers ---------------------------------------------------------------------------------
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
