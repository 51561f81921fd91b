import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'src/lib/bindings/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    // The house rule: only src/lib/api.ts talks to the backend.
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    ignores: ['src/lib/api.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@tauri-apps/api/core', message: 'Call the backend through src/lib/api.ts only.' }] },
      ],
    },
  },
);
