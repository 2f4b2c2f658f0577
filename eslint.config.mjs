// One lint setup for the whole repo; `npm run lint` fails on any warning.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import layers from './scripts/layers.cjs';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'src/store/generated/**',
      'web/dist/**',
      'coverage/**',
      'test-output/**',
      'data/**',
      '.bench-tmp/**',
    ],
  },
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
  // --- No module-level mutable state (issue 16) ---
  // Caches live in objects the composition root owns (src/app.ts, the channels' factories); per-request state lives
  // in the request. A module-level `let`, or an empty Map/Set/WeakMap/WeakSet kept at module level to be filled, is
  // state every app and test in the process would share.
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: ':matches(Program, Program > ExportNamedDeclaration) > VariableDeclaration[kind=/^(let|var)$/]',
          message:
            'No module-level mutable state: keep it in an object the composition root creates and passes down (ARCHITECTURE.md).',
        },
        {
          selector:
            ':matches(Program, Program > ExportNamedDeclaration) > VariableDeclaration > VariableDeclarator > NewExpression[callee.name=/^(Map|Set|WeakMap|WeakSet)$/][arguments.length=0]',
          message:
            'No module-level cache: an empty collection at module level is shared by every app in the process; let the composition root own it.',
        },
      ],
    },
  },
  // --- end: no module-level mutable state ---
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
