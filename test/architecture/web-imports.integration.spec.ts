import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..');
const ESLINT = join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
const PROBES = join(ROOT, 'apps', 'api', 'src', 'web', '__lint_probes__');
const RULE = '@typescript-eslint/no-restricted-imports';

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; message: string }[];
}

/** What a page might import through a barrel, which dependency-cruiser cannot tell apart by name. */
const probes: Record<string, string> = {
  'reads-the-read-models.ts': "import { ReadModels } from '#projections';\nexport const probe = ReadModels;\n",
  'runs-the-pipeline.ts': "import { handleCommand } from '#application';\nexport const probe = handleCommand;\n",
  'opens-the-store.ts':
    "import { ForwardingEventStore } from '#event-store';\nexport const probe = ForwardingEventStore;\n",
  'names-a-type.ts': "import type { ReadModels } from '#projections';\nexport type Probe = ReadModels;\n",
  'reads-the-role-table.ts': "import { mayRun } from '#application';\nexport const probe = mayRun;\n",
};

async function lint(directory: string): Promise<Map<string, LintResult['messages']>> {
  const run = promisify(execFile);
  const output = await run(process.execPath, [ESLINT, '--format', 'json', directory], { cwd: ROOT }).then(
    ({ stdout }) => stdout,
    (error: { stdout?: string }) => error.stdout ?? '[]',
  );
  const results = JSON.parse(output) as LintResult[];
  return new Map(results.map((r) => [relative(ROOT, r.filePath), r.messages]));
}

describe('what the web pages may import', () => {
  let results: Map<string, LintResult['messages']>;

  beforeAll(async () => {
    await mkdir(PROBES, { recursive: true });
    for (const [name, source] of Object.entries(probes)) await writeFile(join(PROBES, name), source);
    results = await lint(PROBES);
  }, 60_000);

  afterAll(async () => {
    await rm(PROBES, { recursive: true, force: true });
  });

  const restricted = (file: string): string[] =>
    (results.get(relative(ROOT, join(PROBES, file))) ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);

  it.each(['reads-the-read-models.ts', 'runs-the-pipeline.ts', 'opens-the-store.ts'])(
    'fails the lint when a page %s through a barrel',
    (file) => {
      expect(restricted(file)).toEqual([expect.stringContaining('API client')]);
    },
  );

  it.each(['names-a-type.ts', 'reads-the-role-table.ts'])('lets a page that %s pass', (file) => {
    expect(results.has(relative(ROOT, join(PROBES, file)))).toBe(true);
    expect(restricted(file)).toEqual([]);
  });
});
