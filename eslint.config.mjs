// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Frameworks and IO the domain must never see: it is pure deciders over plain data. */
const FORBIDDEN_IN_DOMAIN = [
  { group: ['@nestjs/*', '@nestjs'], message: 'libs/domain is pure: no NestJS.' },
  { group: ['typeorm', 'typeorm/*'], message: 'libs/domain is pure: no TypeORM.' },
  { group: ['pg', 'pg/*', 'pg-*'], message: 'libs/domain is pure: no database drivers.' },
  { group: ['@kurrent/*', '@eventstore/*'], message: 'libs/domain is pure: no event store clients.' },
  {
    group: ['class-validator', 'class-transformer', 'express', 'pino'],
    message: 'libs/domain is pure: no frameworks.',
  },
  { group: ['node:*', 'fs', 'http', 'net', 'crypto', 'child_process'], message: 'libs/domain is pure: no IO.' },
  { regex: '^(#|\.\./\.\./)', message: 'libs/domain imports nothing but its own folder.' },
];

/**
 * Pages reach data through the API client only (ADR 0013, 0023). dependency-cruiser sees files,
 * not names, so an import of `ReadModels` or the command pipeline through a barrel would pass
 * it; these lists close that gap. Types may come from anywhere.
 */
const WEB_PAGE_IMPORTS = [
  {
    name: '#application',
    allowImportNames: ['mayRun', 'mayRunSomeVariant', 'ROLES', 'isRole'],
    allowTypeImports: true,
    message: 'Pages use only the role table from #application; they run commands through the API client.',
  },
  ...[
    '#projections',
    '#event-store',
    '#runtime',
    '#privacy',
    '#migrations',
    '#evidence',
    '#notifications',
    '#documents',
    '#sessions',
  ].map((name) => ({
    name,
    allowTypeImports: true,
    message: 'Pages read data through the API client, never from the stores: import types only.',
  })),
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.data/',
      'coverage/',
      'test-output/',
      'eslint.config.mjs',
      'jest.config.js',
      '.dependency-cruiser.cjs',
      // Deliberate breaches of the room rules, outside the TypeScript project; see test/architecture.
      'test/architecture/fixtures/',
      // The test run's OpenID Provider: plain ESM run by node in its own process (oidc-provider is ESM only).
      'test/support/oidc/*.mjs',
      // Run by node inside the KurrentDB set-up container, outside the TypeScript project.
      'docker/kurrentdb/*.mjs',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.jest },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/explicit-function-return-type': ['error', { allowExpressions: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      // Jest's asymmetric matchers (expect.any, expect.stringContaining) are typed any.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/explicit-function-return-type': 'off',
    },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: FORBIDDEN_IN_DOMAIN }] },
  },
  {
    files: ['apps/api/src/web/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: WEB_PAGE_IMPORTS }] },
  },
  prettier,
);
