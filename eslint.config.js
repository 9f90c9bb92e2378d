// ESLint flat config: type-aware TypeScript rules and the import table of docs/ARCHITECTURE.md.
import tseslint from 'typescript-eslint';

const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'web/dist/**',
      'coverage/**',
      'eslint.config.js',
      'test-output/**',
      'bench/out/**',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Fastify plugins are async by contract even when they register routes synchronously.
      '@typescript-eslint/require-await': 'off',
      curly: ['error', 'all'],
      'no-else-return': 'error',
    },
  },
  layer(
    ['src/domain/**/*.ts'],
    [
      {
        group: ['**/db/**', '**/server/**', '**/cli/**', '**/web/**'],
        message: 'domain is pure: no I/O layers',
      },
      {
        group: ['node:*', 'kysely', 'fastify', 'react', 'pg', 'better-sqlite3'],
        message: 'domain is pure: no I/O',
      },
    ],
  ),
  layer(
    ['src/db/**/*.ts'],
    [
      {
        group: ['**/server/**', '**/cli/**', '**/web/**', 'fastify'],
        message: 'db may import only domain, kysely and drivers',
      },
    ],
  ),
  layer(
    ['src/server/**/*.ts'],
    [
      {
        group: ['**/cli/**', '**/web/**', 'commander'],
        message: 'server may not import cli or web',
      },
    ],
  ),
  layer(
    ['web/src/**/*.{ts,tsx}'],
    [
      {
        group: [
          '**/src/db/**',
          '**/src/server/**',
          '**/src/cli/**',
          'node:*',
          'kysely',
          'fastify',
          'pg',
        ],
        message: 'web may import only the domain',
      },
    ],
  ),
  layer(
    ['src/cli/**/*.ts'],
    [
      {
        group: ['**/server/**/*.routes.js', '**/web/**'],
        message: 'cli may use server services, never routes',
      },
    ],
  ),
);
