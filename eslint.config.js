// ESLint flat config: the recommended sets of ESLint, typescript-eslint and
// eslint-plugin-astro over the code (src/, scripts/, tests/, config files).
// Formatting is Prettier's job, so no stylistic rules here.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.cache/',
      'data/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'tests/e2e/.build/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // The .js/.mjs files run in Node; tsc and astro check find undefined names in the rest.
    languageOptions: { globals: globals.node },
    rules: {
      // `const { key: _key, ...rest } = row` is how the code drops a field from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
);
