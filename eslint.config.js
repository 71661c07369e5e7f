import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Packages the pure domain must never import (see src/README.md). */
const FORBIDDEN_IN_DOMAIN = [
  'react', 'react-dom', 'react-i18next', 'i18next', 'dexie', 'dexie-react-hooks',
  '@tiptap/*', 'prosemirror-*', '@patdx/kuromoji', 'playwright-core',
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render HTML from data: render text.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // The domain is pure TypeScript: no UI, storage, editor, tokenizer or DOM.
    files: ['src/domain/**/*.ts', 'src/text/**/*.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: FORBIDDEN_IN_DOMAIN, message: 'src/domain must stay pure: no React, Dexie, tiptap, kuromoji imports.' },
          { group: ['**/ui/**', '**/storage/**', '**/editor/**', '**/nlp/**'], message: 'The domain depends on nothing above it.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'indexedDB', 'localStorage', 'HTMLElement', 'Node', 'fetch'],
    },
  },
);
