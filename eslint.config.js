const tseslint = require('typescript-eslint')
const prettier = require('eslint-plugin-prettier/recommended')
const reactHooks = require('eslint-plugin-react-hooks')

module.exports = tseslint.config(
  { ignores: ['dist/**', '.data/**', 'node_modules/**', 'bench/.work/**', 'test/.screenshots/**', '.swc/**'] },
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Client layers (README "Client"): pages and components reach the cloud through hooks, never an api module.
  // `@/api/transport` stays open to them for `ApiError`, `fileUrl` and the like.
  {
    files: ['src/pages/**/*.{ts,tsx}', 'src/packages/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/api/*', '!@/api/transport', '**/api/*', '!**/api/transport'],
              message: 'Pages and components call hooks (src/hooks/<domain>/), not api modules.',
            },
          ],
        },
      ],
    },
  },
  // Client size: short functions and files. A function over complexity 10 is split, or carries
  // `// eslint-disable-next-line complexity -- <why it reads better whole>`.
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      complexity: ['error', 10],
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/hooks/**/*.{ts,tsx}'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
)
