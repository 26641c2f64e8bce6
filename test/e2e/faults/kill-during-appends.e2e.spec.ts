import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Pool } from 'pg';
import { findFreePort } from '#embedded-postgres';
import type { RecordedEvent } from '#event-store';
import { PostgresEventStore } from '#event-store/postgres';
import { READ_MODEL_PROJECTIONS, rebuildProjections } from '#projections';
import { activeRows, embeddedUrl, readEverything } from '../../support/embedded-database';
import { spawnApi, waitForHealthy, type RunningApi } from '../../support/spawn-api';

const CLI = join(__dirname, '..', '..', '..', 'dist', 'apps', 'cli', 'src', 'main.js');
const run = promisify(execFile);
const BODY_ID = 'c0a80101-0000-4000-8000-0000000000b1';
const CLIENTS = 8;
/** Acknowledged commands before the kill: enough that every client is mid-request when it comes. */
const ACKNOWLEDGED_BEFORE_KILL = 240;

interface SentCommand {
  readonly key: string;
  readonly path: string;
  readonly body: object;
  /** The event type the command appends, and the stream it appends to. */
  readonly type: 'SignalRecorded' | 'SignalAssessed';
  readonly streamId: string;
  answer?: { id: string; revision: number; position: number };
  /** Sent, but the connection died before an answer came. */
  unacknowledged?: true;
}

const signalId = (client: number, n: number) =>
  `c0a80101-0000-4000-8000-${String(client).padStart(4, '0')}${String(n).padStart(8, '0')}`;

/** A client's n-th pair of commands: record a signal, then assess it. */
function commandsFor(client: number, n: number): SentCommand[] {
  const id = signalId(client, n);
  return [
    {
      key: `record-${client}-${n}`,
      path: '/signals',
      type: 'SignalRecorded',
      streamId: `signal-${id}`,
      body: {
        id,
        bodyId: BODY_ID,
        municipalityCode: 'GM0375',
        channel: 'meeting',
        receivedOn: '2026-11-02',
        themes: ['vervoer'],
        domain: 'wmo',
        summary: `De regiotaxi kwam te laat (${client}/${n}).`,
      },
    },
    {
      key: `assess-${client}-${n}`,
      path: `/signals/${id}/_assess`,
      type: 'SignalAssessed',
      streamId: `signal-${id}`,
      body: { scope: 'collective', rationale: 'Vaker gehoord.' },
    },
  ];
}

describe('the API killed outright while clients append commands', () => {
  let dataDir: string;
  let api: RunningApi | null = null;
  let port: number;
  let token: string;
  const sent: SentCommand[] = [];

  const start = async (): Promise<void> => {
    port = await findFreePort();
    api = spawnApi({ PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    await waitForHealthy(port);
  };
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    api?.process.kill(signal);
    await api?.exited;
    api = null;
  };
  const post = async (path: string, body: object, key?: string) => {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1${path}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        ...(key ? { 'Idempotency-Key': key } : {}),
      },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as { id: string; revision: number; position: number },
    };
  };
  const get = (path: string) =>
    fetch(`http://127.0.0.1:${port}/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } });

  /** Every event in the store, read beside the running API. */
  const storedEvents = async (): Promise<RecordedEvent[]> => {
    const store = new PostgresEventStore({ connectionString: (await embeddedUrl(dataDir)) as string });
    try {
      return await readEverything(store);
    } finally {
      await store.close();
    }
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'participation-kill-'));
    const { stdout } = await run(
      process.execPath,
      [CLI, 'token', '--sub', 'kill-1', '--role', 'admin', '--municipality', 'GM0375'],
      { env: { PATH: process.env.PATH, DATA_DIR: dataDir } },
    );
    token = stdout.trim();
    await start();
    expect((await post('/municipalities', { code: 'GM0375', name: 'Beverwijk' })).status).toBe(201);
    const body = { id: BODY_ID, name: 'Participatieraad', kind: 'participation-council' };
    expect(
      (await post('/participation-bodies', { ...body, municipalityCodes: ['GM0375'], domains: ['wmo'] })).status,
    ).toBe(201);

    // Each client sends its commands one after another until the connection dies under it.
    let acknowledged = 0;
    const kill: { done?: Promise<void> } = {};
    const client = async (c: number): Promise<void> => {
      for (let n = 0; ; n++) {
        for (const command of commandsFor(c, n)) {
          sent.push(command);
          try {
            const { status, body: answer } = await post(command.path, command.body, command.key);
            if (status >= 300) throw new Error(`${command.key}: ${status} ${JSON.stringify(answer)}`);
            command.answer = answer;
          } catch (error) {
            if (!kill.done) throw error;
            command.unacknowledged = true;
            return;
          }
          if (++acknowledged === ACKNOWLEDGED_BEFORE_KILL) kill.done = stop('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    await kill.done;
    await start();
  }, 60_000);

  afterAll(async () => {
    await stop('SIGTERM');
    // A killed API leaves its PostgreSQL running; the CLI's start stops it, and its end ends it.
    if (existsSync(join(dataDir, 'postgres', 'postmaster.pid'))) {
      await run(process.execPath, [CLI, 'migrate'], { env: { PATH: process.env.PATH, DATA_DIR: dataDir } });
    }
    await rm(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('was killed with commands of several clients in flight', () => {
    expect(sent.filter((c) => c.answer).length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);
    expect(sent.filter((c) => c.unacknowledged).length).toBeGreaterThan(1);
  });

  it("keeps every acknowledged command's event exactly once, where the answer said", async () => {
    const events = await storedEvents();
    const byPlace = new Map(events.map((e) => [`${e.streamId}@${e.streamRevision}`, e]));
    const problems = sent.flatMap((command) => {
      if (!command.answer) return [];
      const event = byPlace.get(`${command.streamId}@${command.answer.revision}`);
      const copies = events.filter((e) => e.streamId === command.streamId && e.type === command.type).length;
      return event?.type === command.type && event.position === BigInt(command.answer.position) && copies === 1
        ? []
        : [`${command.key}: ${event?.type ?? 'missing'} at ${String(event?.position)}, ${copies} copies`];
    });
    expect(problems).toEqual([]);
  });

  it('holds no event that no command sent, and every stream without gaps', async () => {
    const events = await storedEvents();
    const signals = events.filter((e) => e.streamId.startsWith('signal-'));
    const sentStreams = new Set(sent.map((c) => c.streamId));
    expect(signals.filter((e) => !sentStreams.has(e.streamId))).toEqual([]);
    const revisions = new Map<string, number[]>();
    for (const e of signals) revisions.set(e.streamId, [...(revisions.get(e.streamId) ?? []), e.streamRevision]);
    const gaps = [...revisions].filter(([, list]) => list.some((revision, i) => revision !== i));
    expect(gaps).toEqual([]);
  });

  it('records each unacknowledged command once when it is retried with its Idempotency-Key', async () => {
    const pending = sent.filter((c) => c.unacknowledged);
    const before = await storedEvents();
    const committedBefore = new Set(
      pending.filter((c) => before.some((e) => e.streamId === c.streamId && e.type === c.type)),
    );
    for (const command of pending) {
      const { status, body } = await post(command.path, command.body, command.key);
      expect([200, 201]).toContain(status);
      command.answer = body;
    }
    const after = await storedEvents();
    for (const command of pending) {
      const copies = after.filter((e) => e.streamId === command.streamId && e.type === command.type);
      expect(copies).toHaveLength(1);
      expect(copies[0]?.position).toBe(BigInt(command.answer?.position ?? -1));
    }
    // The retries appended exactly the commands that had not committed before the kill.
    expect(after.length - before.length).toBe(pending.length - committedBefore.size);
  });

  it('answers a retried acknowledged command with its first answer and appends nothing', async () => {
    const before = (await storedEvents()).length;
    const acknowledged = sent.filter((c) => c.answer && !c.unacknowledged).slice(0, 40);
    for (const command of acknowledged) {
      const { status, body } = await post(command.path, command.body, command.key);
      expect([200, 201]).toContain(status);
      expect(body).toEqual(command.answer);
    }
    expect((await storedEvents()).length).toBe(before);
  });

  it('serves every recorded signal through the API, and read models equal a clean rebuild', async () => {
    const head = Math.max(...sent.map((c) => c.answer?.position ?? 0));
    const listed = await get(`/signals?limit=1&minPosition=${head}`);
    expect(listed.status).toBe(200);
    const recorded = sent.filter((c) => c.type === 'SignalRecorded' && c.answer);
    expect(((await listed.json()) as { total: number }).total).toBe(recorded.length);
    for (const command of recorded.slice(0, 50)) {
      expect((await get(`/signals/${command.answer?.id}`)).status).toBe(200);
    }

    const url = (await embeddedUrl(dataDir)) as string;
    const pool = new Pool({ connectionString: url });
    pool.on('error', () => undefined);
    const store = new PostgresEventStore({ connectionString: url });
    try {
      const projected = await activeRows(pool);
      await rebuildProjections(store, pool, READ_MODEL_PROJECTIONS);
      expect([...projected.keys()].filter((key) => key.startsWith('signal-register/'))).toHaveLength(recorded.length);
      expect(await activeRows(pool)).toEqual(projected);
    } finally {
      await store.close();
      await pool.end();
    }
  });
});
