import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Pool } from 'pg';
import request from 'supertest';
import { READ_MODEL_PROJECTIONS, ReadModels } from '#projections';
import { appendCases, bulkEventStore, EVENTS_PER_CASE } from '../support/bulk-history';
import { startTestApp, type TestApp } from '../support/test-app';

const CLI = join(__dirname, '..', '..', 'dist', 'apps', 'cli', 'src', 'main.js');
/** The CLI's own data folder: never the repository's `.data`, which another run may have filled. */
const DATA_DIR = mkdtempSync(join(tmpdir(), 'participation-cli-'));
const run = promisify(execFile);
const BODY_ID = 'c0a80101-0000-4000-8000-0000000000b1';
const MUNICIPALITIES = ['GM0375', 'GM0396', 'GM0453'];

/**
 * 100,000 events, the size the issue asks for (about a minute on two cores); a quicker local
 * run takes `REBUILD_DEMO_EVENTS=10000` (whole cases of 25). The test prints how long
 * appending and rebuilding took; it never judges the time.
 */
const EVENTS = Number(process.env.REBUILD_DEMO_EVENTS ?? 100_000);
const CASES = Math.ceil(EVENTS / EVENTS_PER_CASE);

/** The rows of the active generations, per projection: id → the position folded into it. */
async function activeRows(pool: Pool): Promise<Map<string, string>> {
  const { rows } = await pool.query<{ key: string; position: string }>(
    `SELECT r.projection || '/' || r.id AS key, r.position::text AS position FROM read_model_rows r
     JOIN projection_generations g ON g.projection = r.projection AND g.generation = r.generation AND g.active`,
  );
  return new Map(rows.map((r) => [r.key, r.position]));
}

describe(`a rebuild of ${EVENTS.toLocaleString('en-US')} events`, () => {
  let api: TestApp;
  let appended: number;
  let appendMs: number;

  beforeAll(async () => {
    api = await startTestApp('rebuild-at-scale');
    const started = Date.now();
    const bulk = bulkEventStore(api.storage, api.databaseUrl);
    const { events, lastPosition } = await appendCases(bulk, {
      label: 'rebuild-at-scale',
      cases: CASES,
      bodyId: BODY_ID,
    });
    appended = events;
    appendMs = Date.now() - started;
    await bulk.close();
    await new ReadModels(api.storage.database, { waitMs: 120_000 }).waitFor(
      READ_MODEL_PROJECTIONS.map((p) => p.name),
      lastPosition,
    );
  }, 300_000);
  afterAll(() => api.close());

  it('shows progress, switches over complete, and never stops the queries', async () => {
    const official = await api.bearer('official', MUNICIPALITIES, 'official-1');
    const before = await activeRows(api.storage.database);
    const expected = { signals: CASES, tables: CASES, advice: CASES };
    const queries = [
      ['signals', '/api/v1/signals?limit=5'],
      ['tables', '/api/v1/temporary-tables?limit=5'],
      ['advice', '/api/v1/advice-trajectories?limit=5&overdue=false'],
    ] as const;
    const answers: { query: string; status: number; total: number }[] = [];
    let querying = true;
    const loop = async (turn: number): Promise<void> => {
      for (let i = turn; querying; i += 1) {
        const [query, path] = queries[i % queries.length] as (typeof queries)[number];
        const response = await request(api.http).get(path).set('Authorization', official);
        answers.push({ query, status: response.status, total: (response.body as { total: number }).total });
      }
    };
    const loops = [loop(0), loop(1), loop(2)];

    const started = Date.now();
    const { stdout, stderr } = await run(process.execPath, [CLI, 'rebuild'], {
      env: { PATH: process.env.PATH, DATA_DIR, DATABASE_URL: api.databaseUrl, LOG_LEVEL: 'silent' },
    });
    const rebuildMs = Date.now() - started;
    const during = answers.length;
    querying = false;
    await Promise.all(loops);

    // Progress while it runs, ending at every event.
    const lines = stderr.trim().split('\n');
    const total = appended.toLocaleString('en-US');
    expect(lines.at(-1)).toMatch(
      new RegExp(`^\\[#{30}\\] 100% ${total}/${total} events {2}[\\d,]+ events/s {2}ETA 0:00$`),
    );
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(stdout).toMatch(new RegExp(`: ${total} events in \\d+\\.\\d s\\n$`));
    for (const { name } of READ_MODEL_PROJECTIONS) expect(stdout).toContain(`${name} (generation 2)`);

    // Every query answered, in full, all the time.
    expect(during).toBeGreaterThan(10);
    expect(answers.filter((a) => a.status !== 200 || a.total !== expected[a.query as keyof typeof expected])).toEqual(
      [],
    );
    // After the switch, the new generation holds every row the old one did, each up to date.
    expect(await activeRows(api.storage.database)).toEqual(before);
    // Per case: its signal, table and trajectory in their registers, and the document register's
    // row for each stream that may hold documents (the table and the trajectory).
    expect(before.size).toBe(5 * CASES);

    // What an operator sees, and what it took on this machine.
    process.stdout.write(
      `${stderr}${stdout}rebuild demonstration: ${appended} events appended in ${(appendMs / 1000).toFixed(1)} s, ` +
        `rebuilt by the CLI in ${(rebuildMs / 1000).toFixed(1)} s while ${during} queries answered\n`,
    );
  }, 300_000);
});
