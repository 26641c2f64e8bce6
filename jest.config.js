// @ts-check
const { imports } = require('./package.json');

/** Maps each package.json `imports` alias to its TypeScript source, so tests run without a build. */
const moduleNameMapper = Object.fromEntries(
  Object.entries(imports).map(([alias, target]) => [
    `^${alias.replace('*', '(.*)')}$`,
    `<rootDir>/${target.types.replace('./', '').replace('*', '$1')}`,
  ]),
);

/** @swc/jest with decorator metadata, for NestJS; `jsc` adds to or overrides the shared options. */
const swc = (/** @type {{ parser?: object; transform?: object }} */ jsc) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, ...jsc.parser },
      transform: { legacyDecorator: true, decoratorMetadata: true, ...jsc.transform },
      target: 'es2023',
    },
    module: { type: 'commonjs' },
  },
];

/** What every tier shares: TypeScript through swc, the `#…` aliases, NestJS and preact as ESM. */
const shared = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  moduleNameMapper,
  transform: {
    // Web pages are preact TSX; preact itself ships ES modules only (.mjs).
    '^.+\\.tsx$': swc({
      parser: { tsx: true },
      transform: { react: { runtime: 'automatic', importSource: 'preact' } },
    }),
    '^.+\\.m?(t|j)s$': swc({}),
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|jose|uuid|file-type|load-esm|uid|strtok3|token-types|@tokenizer|@borewit|uint8array-extras|preact|preact-render-to-string|openid-client|oauth4webapi)/)',
  ],
};

/**
 * The tiers go by file name. Jest runs a global setup once per module path, however many
 * selected projects name it, so integration, e2e and browser share one PostgreSQL; the
 * browser tier's setup adds Chromium and then starts the same server unless it runs already.
 */
const withPostgres = {
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
};

/** @type {import('jest').Config} */
module.exports = {
  // A global option: jest ignores it inside a project.
  testTimeout: 30_000,
  // Tests run in a worker process that is replaced once it holds more than this after a file.
  // Without it, two cores mean one worker, which jest runs in its own process: 255 suites'
  // leftovers (apps, pools, loops a suite forgot to close) added up there until the run ended
  // with a heap out of memory after every test had passed (session 9's clean run).
  workerIdleMemoryLimit: '1GB',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['**/*.spec.ts?(x)'],
      testPathIgnorePatterns: ['/node_modules/', '\\.(integration|e2e|browser)\\.spec\\.tsx?$'],
    },
    { ...shared, ...withPostgres, displayName: 'integration', testMatch: ['**/*.integration.spec.ts'] },
    { ...shared, ...withPostgres, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e.spec.ts'] },
    {
      ...shared,
      ...withPostgres,
      globalSetup: '<rootDir>/test/browser/global-setup.ts',
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser.spec.ts'],
    },
  ],
};
