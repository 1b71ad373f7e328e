// ESLint flat config (`npm run lint`): the recommended JavaScript and typescript-eslint rules, syntax
// only (no type information, so it stays fast), tuned for a NestJS codebase.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['**/dist/', '**/node_modules/', '**/coverage/', '.data/', 'infra/kafka/.cache/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are deliberately unused (ignored parameters, rest siblings, caught errors).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // `let x; const off = await subscribe(() => x?.wake()); x = new X(off);` — a callback that reads the
      // variable before its one assignment cannot be a const (TDZ), so don't ask for it.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Deliberately not enabled (they are outside "recommended" and fight Nest idioms): no-empty-function
      // (DI-only constructors, no-op logger methods), no-extraneous-class (empty `@Module()` classes),
      // no-useless-constructor (constructors that only declare injected dependencies).
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
);
