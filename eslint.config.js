import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-ssr',
      'node_modules',
      'screenshots',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': 'error',
      // Imports flow shared -> features -> app, never sideways between features.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/lib', from: ['./src/features', './src/app', './src/components'] },
            { target: './src/components', from: ['./src/features', './src/app'] },
            { target: './src/features', from: './src/app' },
            {
              target: './src/features/reader',
              from: './src/features',
              except: ['./reader'],
            },
            {
              target: './src/features/settings',
              from: './src/features',
              except: ['./settings'],
            },
            // Word study has rooms (entry, card, list, study, text, store, language); the rest of
            // the app comes in through entry/ only. That includes textRoots.ts, which the
            // library imports lazily for its "roots known" figure.
            {
              target: ['./src/app', './src/features/!(words)/**/*'],
              from: './src/features/words',
              except: ['./entry'],
            },
            // The language room (tokenizer, analyzer, dictionary, lexicon) is the bottom floor:
            // pure functions over text that know nothing of the card, the list or the store.
            {
              target: './src/features/words/language',
              from: './src/features/words',
              except: ['./language'],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/storage.ts', 'src/lib/boot.ts'],
    rules: {
      // Storage goes through src/lib/storage.ts, which survives a throwing or full store.
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Use src/lib/storage.ts.' },
        { name: 'sessionStorage', message: 'Use src/lib/storage.ts.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'localStorage', message: 'Use src/lib/storage.ts.' },
      ],
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Article text is rendered as text, never as HTML.',
        },
      ],
    },
  },
  {
    files: ['tests/unit/**/*.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
);
