// @ts-check
const { imports } = require('./package.json');

/** Maps each package.json `imports` alias to its TypeScript source, so tests run without a build. */
const moduleNameMapper = Object.fromEntries(
  Object.entries(imports).map(([alias, target]) => [
    `^${alias.replace('*', '(.*)')}$`,
    `<rootDir>/${target.types.replace('./', '').replace('*', '$1')}`,
  ]),
);

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  moduleNameMapper,
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30_000,
  transform: {
    // Web pages are preact TSX; preact itself ships ES modules only (.mjs).
    '^.+\\.tsx$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true, decorators: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            react: { runtime: 'automatic', importSource: 'preact' },
          },
          target: 'es2023',
        },
        module: { type: 'commonjs' },
      },
    ],
    '^.+\\.m?(t|j)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2023',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|jose|uuid|file-type|load-esm|uid|strtok3|token-types|@tokenizer|preact|preact-render-to-string)/)',
  ],
};
