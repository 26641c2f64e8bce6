// @ts-check
/**
 * The rooms' boundaries (docs/architecture and ADR 0023), checked by `npm run lint:deps`.
 * test/architecture/dependency-rules.spec.ts shows each rule firing on a deliberate breach.
 */

/** The rooms that may talk to PostgreSQL: issue #16 names them. */
const STORAGE_ROOMS =
  'libs/(event-store|projections|privacy|migrations|runtime|evidence|notifications|documents|sessions)/';

/**
 * Tooling that starts or inspects databases for tests and benchmarks; it ships in no process
 * role, so it may use the driver directly.
 */
const STORAGE_TOOLING = '(libs/(testing|embedded-postgres)/|test/|bench/)';

/**
 * The driver and the ORM: typeorm runs the migrations of the storage rooms (libs/migrations)
 * and is the read models' entity layer, so it is database access just like pg.
 */
const DATABASE_PACKAGES = 'node_modules/((@types/)?(pg|pg-[^/]+|typeorm)|@nestjs/typeorm)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'libs/domain holds pure deciders over plain data: nothing outside its own folder, no ' +
        'node: builtins, no npm packages. (ESLint names the forbidden frameworks; this is the room.)',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: { pathNot: '^libs/domain/' },
    },
    {
      name: 'libs-do-not-import-apps',
      comment: 'Rooms talk one way, apps → libs: no lib (application included) reaches into an app.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-do-not-import-each-other',
      comment:
        "An app does not import another app's src: what two apps share belongs in a lib " +
        '(apps/cli must build its Nest application from libs, not from apps/api/src).',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/[^/]+/src/', pathNot: '^apps/$1/' },
    },
    {
      name: 'database-only-in-storage-rooms',
      comment:
        'Only the storage rooms import pg, pg-* or typeorm; everyone else goes through their ' +
        'ports and queries. Exempt as tooling: libs/testing, libs/embedded-postgres, test/ and bench/.',
      severity: 'error',
      from: { pathNot: `^(${STORAGE_ROOMS}|${STORAGE_TOOLING})` },
      to: { path: DATABASE_PACKAGES },
    },
    {
      name: 'web-reaches-data-through-queries',
      comment:
        "Web pages read through the query layer (#projections' queries) or the API client, and " +
        'send commands through the API client. They may name the types of the storage rooms ' +
        '(type-only imports vanish at compile time), never their code, the command pipeline, ' +
        "the command bus, or the API's own read-model, storage and lifecycle plumbing.",
      severity: 'error',
      from: { path: '^apps/api/src/web/' },
      to: {
        path: [
          '^libs/(event-store|privacy|migrations|runtime|testing|embedded-postgres|evidence|notifications|documents|sessions)/',
          '^libs/application/src/(commands|cqrs)/',
          '^libs/projections/src/(queries/read-models|runner/|rebuild/|migrations/|monitoring/)',
          '^apps/api/src/(read-models/(?!read-model\\.tokens\\.ts$)|lifecycle/|storage\\.tokens\\.ts$|commands/)',
          'node_modules/@nestjs/cqrs/',
        ],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes two files one room in all but name; none exists today, keep it so.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable-imports',
      comment: 'An import the cruiser cannot resolve would slip past every rule above.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The architecture specs write probe files into the rooms while jest runs; fixtures are
    // deliberate breaches that only dependency-rules.spec.ts cruises.
    exclude: { path: '(^|/)(__lint_probes__|dist|coverage)/|^test/architecture/fixtures/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: require('node:path').join(__dirname, 'tsconfig.json') },
    // package.json `imports` send `#domain` and friends to libs/<room>/src under "types".
    enhancedResolveOptions: {
      conditionNames: ['types', 'import', 'require', 'node', 'default'],
      exportsFields: ['exports'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
