import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..');
const ESLINT = join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
const PROBES = join(ROOT, 'libs', 'domain', 'src', '__lint_probes__');
const OUTSIDE = join(ROOT, 'libs', 'event-store', 'src', '__lint_probes__');

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; message: string }[];
}

const probes: Record<string, string> = {
  'imports-nest.ts': "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n",
  'imports-typeorm.ts': "import { DataSource } from 'typeorm';\nexport const probe = DataSource;\n",
  'imports-pg.ts': "import { Pool } from 'pg';\nexport const probe = Pool;\n",
  'imports-event-store.ts': "import { EVENT_STORE } from '#event-store';\nexport const probe = EVENT_STORE;\n",
  'pure.ts': 'export const probe = (count: number): number => count + 1;\n',
};

async function lint(directories: string[]): Promise<Map<string, LintResult['messages']>> {
  const run = promisify(execFile);
  const output = await run(process.execPath, [ESLINT, '--format', 'json', ...directories], { cwd: ROOT }).then(
    ({ stdout }) => stdout,
    (error: { stdout?: string }) => error.stdout ?? '[]',
  );
  const results = JSON.parse(output) as LintResult[];
  return new Map(results.map((r) => [relative(ROOT, r.filePath), r.messages]));
}

describe('the purity of libs/domain', () => {
  let results: Map<string, LintResult['messages']>;

  beforeAll(async () => {
    for (const dir of [PROBES, OUTSIDE]) {
      await mkdir(dir, { recursive: true });
      for (const [name, source] of Object.entries(probes)) await writeFile(join(dir, name), source);
    }
    results = await lint([PROBES, OUTSIDE]);
  }, 60_000);

  afterAll(async () => {
    await rm(PROBES, { recursive: true, force: true });
    await rm(OUTSIDE, { recursive: true, force: true });
  });

  const restricted = (dir: string, file: string): string[] =>
    (results.get(relative(ROOT, join(dir, file))) ?? [])
      .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
      .map((m) => m.message);

  it.each(['imports-nest.ts', 'imports-typeorm.ts', 'imports-pg.ts', 'imports-event-store.ts'])(
    'fails the lint when a domain file %s',
    (file) => {
      expect(restricted(PROBES, file)).toEqual([expect.stringContaining('libs/domain')]);
    },
  );

  it('passes a domain file that imports nothing', () => {
    expect(results.get(relative(ROOT, join(PROBES, 'pure.ts')))).toEqual([]);
  });

  it('lets the other rooms import frameworks', () => {
    expect(restricted(OUTSIDE, 'imports-nest.ts')).toEqual([]);
  });
});
