import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(__dirname, 'fixtures');
// dependency-cruiser is ESM-only and jest runs these specs as CommonJS, so the spec runs its CLI.
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

interface CruiseResult {
  modules: { source: string }[];
  summary: { violations: Violation[] };
}

/** Cruises the miniature of the rooms (fixtures/) with the real rules. */
async function cruiseFixtures(): Promise<CruiseResult> {
  const args = [DEPCRUISE, 'apps', 'libs', 'test', '--config', join(ROOT, '.dependency-cruiser.cjs')];
  const output = await promisify(execFile)(process.execPath, [...args, '--output-type', 'json'], {
    cwd: FIXTURES,
  }).then(
    ({ stdout }) => stdout,
    // The CLI exits non-zero when a rule is broken, which is what most of these files do.
    (error: { stdout?: string }) => error.stdout ?? '',
  );
  return JSON.parse(output) as CruiseResult;
}

describe('the boundaries between the rooms', () => {
  let result: CruiseResult;
  const broken: Record<string, string[]> = {};

  beforeAll(async () => {
    result = await cruiseFixtures();
    for (const { from, rule } of result.summary.violations) broken[from] = [...(broken[from] ?? []), rule.name].sort();
  }, 60_000);

  it.each([
    ['libs/domain/src/breach-uses-node-crypto.ts', 'domain-is-pure'],
    ['libs/application/src/breach-renders-a-page.ts', 'libs-do-not-import-apps'],
    ['apps/cli/src/breach-builds-the-api-app.ts', 'apps-do-not-import-each-other'],
    ['apps/api/src/lifecycle/breach-reads-checkpoints-with-pg.ts', 'database-only-in-storage-rooms'],
    ['libs/application/src/breach-opens-a-data-source.ts', 'database-only-in-storage-rooms'],
    ['apps/api/src/web/breach-injects-the-event-store.ts', 'web-reaches-data-through-queries'],
    ['apps/api/src/breach-imports-a-missing-file.ts', 'no-unresolvable-imports'],
  ])('%s breaks %s and nothing else', (file, rule) => {
    expect(broken[file]).toEqual([rule]);
  });

  it('finds a cycle, once, at one of its files', () => {
    const cycle = result.summary.violations.filter((v) => v.from.includes('/breach-circular-'));
    expect(cycle.map((v) => v.rule.name)).toEqual(['no-circular']);
  });

  it('follows a package.json `imports` alias to the lib source it names', () => {
    // Unresolved, '#api-web' would be in no room at all and slip past the room rules.
    const viaAlias = result.summary.violations.find((v) => v.from.endsWith('breach-renders-a-page.ts'));
    expect(viaAlias?.to).toBe('apps/api/src/web/page.ts');
  });

  it('lets the files that keep the rules pass, tooling and type-only imports included', () => {
    const keepers = [
      'apps/api/src/web/page.ts',
      'apps/cli/src/main.ts',
      'libs/domain/src/index.ts',
      'libs/event-store/src/index.ts',
      'libs/projections/src/index.ts',
      'test/support/database.ts',
    ];
    expect(keepers.filter((file) => !result.modules.some((m) => m.source === file))).toEqual([]);
    expect(Object.keys(broken).filter((file) => !/\/breach-[^/]+\.ts$/.test(file))).toEqual([]);
  });
});
