import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './eslint/layer-imports-rule.js';

export default tseslint.config(
  { ignores: ['dist', 'dist-mock', 'node_modules', 'mocks/public', 'test-results', 'playwright-report', 'coverage'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, layers: layersPlugin },
    rules: {
      // The layering of eslint/layers.js: app → features → view, ui, api → domain; mocks → domain.
      'layers/imports': 'error',
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The pure domain knows nothing of fetch or the DOM (its imports are held by layers/imports).
    files: ['src/domain/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'fetch', 'window', 'document'] },
  },
);
