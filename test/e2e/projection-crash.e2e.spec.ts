import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client, Pool } from 'pg';
import pino from 'pino';
import { findFreePort } from '#embedded-postgres';
import { PostgresEventStore } from '#event-store/postgres';
import { READ_MODEL_PROJECTIONS, ReadModels } from '#projections';
import { openStorage } from '#runtime';
import { createTestDatabase } from '#testing';
import { rebuildProjections } from '#projections';
import { activeRows, embeddedUrl } from '../support/embedded-database';
import { spawnApi, waitForHealthy, type RunningApi } from '../support/spawn-api';

const CLI = join(__dirname, '..', '..', 'dist', 'apps', 'cli', 'src', 'main.js');
const run = promisify(execFile);
const BODY_ID = 'c0a80101-0000-4000-8000-0000000000b1';
const SIGNALS = 1_200;
const signalId = (n: number): string => `c0a80101-0000-4000-8000-${String(n).padStart(12, '0')}`;

type HttpCommand = readonly [path: string, body: object];

/** A signal's commands in order: recorded, every second one assessed, every tenth also referred. */
function signalCommands(n: number): HttpCommand[] {
  const id = signalId(n);
  const record: HttpCommand = [
    '/signals',
    {
      id,
      bodyId: BODY_ID,
      municipalityCode: 'GM0375',
      channel: 'living-room-talk',
      receivedOn: '2026-06-15',
      themes: ['vervoer'],
      domain: 'wmo',
      summary: `Regiotaxi komt te laat (${n}).`,
      reporter: { name: `Bewoner ${n}` },
    },
  ];
  const assess: HttpCommand = [
    `/signals/${id}/_assess`,
    { scope: n % 10 ? 'collective' : 'individual', rationale: 'Weging.' },
  ];
  const refer: HttpCommand = [`/signals/${id}/_refer`, { referredTo: 'Wijkteam Beverwijk' }];
  return [record, ...(n % 2 === 0 ? [assess] : []), ...(n % 10 === 0 ? [refer] : [])];
}

/**
 * Watches the checkpoints from outside the API until its runner has committed a batch without
 * having reached `head`: the moment to kill it, mid catch-up.
 */
async function waitUntilCatchingUp(dataDir: string, head: bigint, timeoutMs: number): Promise<bigint> {
  const deadline = Date.now() + timeoutMs;
  let client: Client | null = null;
  try {
    while (Date.now() < deadline) {
      try {
        if (!client) {
          const url = await embeddedUrl(dataDir);
          if (!url) throw new Error('not started yet');
          client = new Client({ connectionString: url });
          client.on('error', () => undefined);
          await client.connect();
        }
        const position = await slowestCheckpoint(client);
        if (position >= head) throw new Error('The projector caught up before it could be killed');
        if (position >= 0n) return position;
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('The projector')) throw error;
        await client?.end().catch(() => undefined);
        client = null;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    throw new Error('The projector committed no batch in time');
  } finally {
    await client?.end().catch(() => undefined);
  }
}

/** The checkpoint of the read model furthest behind; -1 before the first batch. */
async function slowestCheckpoint(db: Client | Pool): Promise<bigint> {
  const { rows } = await db.query<{ position: string | null }>(
    'SELECT min(position)::text AS position FROM projection_generations WHERE active',
  );
  return BigInt(rows[0]?.position ?? -1);
}

describe('a projector killed while catching up', () => {
  let dataDir: string;
  let api: RunningApi | null = null;
  let port: number;
  let token: string;

  const start = async (env: Record<string, string> = {}): Promise<RunningApi> => {
    port = await findFreePort();
    api = spawnApi({ PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env });
    return api;
  };
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    api?.process.kill(signal);
    await api?.exited;
    api = null;
  };
  const post = async (path: string, body: object): Promise<number> => {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { position: number }).position;
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'participation-crash-'));
    const { stdout } = await run(
      process.execPath,
      [CLI, 'token', '--sub', 'crash-1', '--role', 'admin', '--role', 'body-member', '--municipality', 'GM0375'],
      { env: { PATH: process.env.PATH, DATA_DIR: dataDir } },
    );
    token = stdout.trim();
  });
  afterAll(async () => {
    await stop('SIGTERM');
    // A killed API leaves its PostgreSQL running; the CLI's start stops it, and its end ends it.
    if (existsSync(join(dataDir, 'postgres', 'postmaster.pid'))) {
      await run(process.execPath, [CLI, 'migrate'], { env: { PATH: process.env.PATH, DATA_DIR: dataDir } });
    }
    await rm(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('ends with read models equal to a clean rebuild', async () => {
    // Commands only: an api-only replica folds nothing, so the events wait for a projector.
    await start({ ROLE: 'api-only' });
    await waitForHealthy(port);
    await post('/municipalities', { code: 'GM0375', name: 'Beverwijk' });
    await post('/participation-bodies', {
      id: BODY_ID,
      name: 'Participatieraad IJmond',
      kind: 'participation-council',
      municipalityCodes: ['GM0375'],
      domains: ['wmo'],
    });
    let head = 0;
    let next = 0;
    const writer = async (): Promise<void> => {
      for (let n = next++; n < SIGNALS; n = next++) {
        for (const [path, body] of signalCommands(n)) head = Math.max(head, await post(path, body));
      }
    };
    await Promise.all(Array.from({ length: 32 }, writer));
    const listed = await fetch(`http://127.0.0.1:${port}/api/v1/signals?limit=1`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(await listed.json()).toMatchObject({ total: 0 });
    await stop('SIGTERM');

    // The projector starts on the backlog; kill it outright after its first batch.
    await start();
    const killedAt = await waitUntilCatchingUp(dataDir, BigInt(head), 30_000);
    await stop('SIGKILL');
    // Its PostgreSQL outlives it: the checkpoint it died with is still short of the head.
    const orphan = new Client({ connectionString: (await embeddedUrl(dataDir)) as string });
    await orphan.connect();
    const diedAt = await slowestCheckpoint(orphan);
    await orphan.end();
    expect(killedAt).toBeGreaterThanOrEqual(0n);
    expect(diedAt).toBeLessThan(BigInt(head));

    await start();
    await waitForHealthy(port);
    for (;;) {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/signals?limit=1&minPosition=${head}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      if (response.status === 200) break;
      expect(response.status).toBe(503);
    }

    // Beside the running API, replay everything into a fresh generation and compare.
    const url = (await embeddedUrl(dataDir)) as string;
    const pool = new Pool({ connectionString: url });
    const store = new PostgresEventStore({ connectionString: url });
    try {
      expect(await slowestCheckpoint(pool)).toBeGreaterThanOrEqual(BigInt(head));
      const projected = await activeRows(pool);
      await rebuildProjections(store, pool, READ_MODEL_PROJECTIONS);
      const rebuilt = await activeRows(pool);
      expect([...projected.keys()].filter((key) => key.startsWith('signal-register/'))).toHaveLength(SIGNALS);
      expect(projected).toEqual(rebuilt);
    } finally {
      await store.close();
      await pool.end();
    }
    await stop('SIGTERM');
  }, 60_000);
});

describe('ROLE=projector', () => {
  it('folds the events without an HTTP listener, and stops at a checkpoint on SIGTERM', async () => {
    const databaseUrl = await createTestDatabase('projector-role');
    const storage = await openStorage(
      {
        port: 0,
        databaseUrl,
        eventStoreUrl: undefined,
        dataDir: tmpdir(),
        logLevel: 'silent',
        jwks: undefined,
        role: 'api',
      },
      pino({ level: 'silent' }),
    );
    try {
      const appended = await storage.eventStore.appendToStream(`signal-${signalId(1)}`, [
        {
          eventId: signalId(9001),
          type: 'SignalRecorded',
          data: { signalId: signalId(1), bodyId: BODY_ID, municipalityCode: 'GM0375', themes: [], targetGroups: [] },
          metadata: {
            occurredAt: '2026-06-15T10:00:00+02:00',
            actor: { id: 'member-1', role: 'body-member' },
            correlationId: signalId(9002),
            schemaVersion: 1,
          },
        },
      ]);
      const port = await findFreePort();
      const projector = spawnApi({ PORT: String(port), DATABASE_URL: databaseUrl, ROLE: 'projector' });
      try {
        const models = new ReadModels(storage.database, { waitMs: 20_000 });
        await models.waitFor(['signal-register'], appended.position);
        expect(await models.get('signal-register', signalId(1))).toMatchObject({ municipalityCode: 'GM0375' });
        await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
      } finally {
        projector.process.kill('SIGTERM');
      }
      expect(await projector.exited).toBe(0);
      expect(projector.output()).toContain('"msg":"stopped"');
    } finally {
      await storage.close();
    }
  }, 30_000);
});
