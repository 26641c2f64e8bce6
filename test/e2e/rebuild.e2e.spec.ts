import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Pool } from 'pg';
import pino from 'pino';
import request from 'supertest';
import type { EventStore, EventToAppend } from '#event-store';
import { deterministicUuid } from '#event-store/testing';
import { READ_MODEL_PROJECTIONS, ReadModels } from '#projections';
import { openStorage } from '#runtime';
import { createTestDatabase } from '#testing';
import { rebuildProjections, type RebuildProgress } from '#projections';
import { startTestApp, type TestApp } from '../support/test-app';

const CLI = join(__dirname, '..', '..', 'dist', 'apps', 'cli', 'src', 'main.js');
/** The CLI's own data folder: never the repository's `.data`, which another run may have filled. */
const DATA_DIR = mkdtempSync(join(tmpdir(), 'participation-cli-'));
const run = promisify(execFile);
const BODY_ID = 'c0a80101-0000-4000-8000-0000000000b1';
const signalId = (n: number): string => `c0a80101-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A signal's life in the register: recorded and assessed; every fifth closed, every fiftieth clustered. */
function signalEvents(n: number): { streamId: string; events: EventToAppend[] }[] {
  const id = signalId(n);
  const person = deterministicUuid(`rebuild/person/${n % 40}`);
  const sealed = (value: unknown) => ({ personId: person, value });
  const event = (type: string, data: object, seq: number): EventToAppend => ({
    eventId: deterministicUuid(`rebuild/${n}/${seq}`),
    type,
    data,
    metadata: {
      occurredAt: '2026-11-02T10:00:00+01:00',
      actor: { id: 'member-1', role: 'body-member' },
      municipalityCode: 'GM0375',
      correlationId: deterministicUuid(`rebuild/${n}`),
      schemaVersion: 1,
    },
  });
  const signal = [
    event(
      'SignalRecorded',
      {
        signalId: id,
        bodyId: BODY_ID,
        municipalityCode: 'GM0375',
        channel: 'home-care',
        receivedOn: `2026-${String((n % 12) + 1).padStart(2, '0')}-15`,
        themes: ['vervoer'],
        domain: 'wmo',
        subjectId: person,
        targetGroups: ['ouderen'],
        summary: sealed(`Regiotaxi te laat, melding ${n}.`),
      },
      0,
    ),
    event(
      'SignalAssessed',
      { signalId: id, scope: n % 2 ? 'collective' : 'individual', rationale: sealed('Weging.') },
      1,
    ),
    ...(n % 5 === 0
      ? [event('SignalClosed', { signalId: id, outcome: sealed('Opgelost.'), feedbackGiven: true }, 2)]
      : []),
  ];
  const clusterId = deterministicUuid(`rebuild/cluster/${n}`);
  const cluster =
    n % 50 === 49
      ? [
          {
            streamId: `signal-cluster-${clusterId}`,
            events: [
              event('SignalsClustered', { clusterId, signalIds: [signalId(n - 1), id], title: `Cluster ${n}` }, 3),
            ],
          },
        ]
      : [];
  return [{ streamId: `signal-${id}`, events: signal }, ...cluster];
}

async function appendSignals(store: EventStore, count: number): Promise<number> {
  let events = 0;
  for (let start = 0; start < count; start += 25) {
    const appends = Array.from({ length: Math.min(25, count - start) }, (_, i) => signalEvents(start + i)).flat();
    await Promise.all(appends.map((a) => store.appendToStream(a.streamId, a.events)));
    events += appends.reduce((sum, a) => sum + a.events.length, 0);
  }
  return events;
}

/** Every row of the active generations, keyed by projection and id. */
async function activeRows(pool: Pool): Promise<Map<string, { doc: unknown; position: string }>> {
  const { rows } = await pool.query<{ projection: string; id: string; doc: unknown; position: string }>(
    `SELECT r.projection, r.id, r.doc, r.position::text FROM read_model_rows r
     JOIN projection_generations g ON g.projection = r.projection AND g.generation = r.generation AND g.active`,
  );
  return new Map(rows.map((r) => [`${r.projection}/${r.id}`, { doc: r.doc, position: r.position }]));
}

describe('rebuilding the read models while they are queried', () => {
  const SIGNALS = 1_200;
  let api: TestApp;
  let member: string;
  let events: number;

  beforeAll(async () => {
    api = await startTestApp('rebuild');
    member = await api.bearer('body-member', ['GM0375']);
    events = await appendSignals(api.storage.eventStore, SIGNALS);
    const head = (await api.storage.eventStore.headPosition()) as bigint;
    await new ReadModels(api.storage.database, { waitMs: 30_000 }).waitFor(['signal-register'], head);
  }, 60_000);
  afterAll(() => api.close());

  it('keeps answering in full from the old generation, then from an identical new one', async () => {
    const before = await activeRows(api.storage.database);
    const answers: { status: number; total: number; at: number }[] = [];
    let querying = true;
    const loop = async (): Promise<void> => {
      while (querying) {
        const response = await request(api.http).get('/api/v1/signals?limit=5').set('Authorization', member);
        answers.push({ status: response.status, total: (response.body as { total: number }).total, at: Date.now() });
      }
    };
    const loops = [loop(), loop(), loop()];
    const progress: RebuildProgress[] = [];
    const started = Date.now();
    // As the CLI runs it: as the role that may write read models (ADR 32).
    const result = await rebuildProjections(
      api.storage.sealedEventStore,
      api.storage.readModelDatabase,
      READ_MODEL_PROJECTIONS,
      {
        batchSize: 400,
        onProgress: (p) => progress.push(p),
      },
    );
    const finished = Date.now();
    querying = false;
    await Promise.all(loops);

    const during = answers.filter((a) => a.at > started && a.at < finished);
    expect(during.length).toBeGreaterThan(3);
    expect(answers.filter((a) => a.status !== 200 || a.total !== SIGNALS)).toEqual([]);
    expect(await activeRows(api.storage.database)).toEqual(before);
    expect(before.size).toBe(SIGNALS);
    expect(result.events).toBe(events);
    expect(result.projections).toContainEqual({ name: 'signal-register', generation: 2, replaced: 1 });
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toMatchObject({ done: events, total: events, etaMs: 0 });
    const { rows } = await api.storage.database.query<{ rows: number }>(
      `SELECT count(*)::int AS rows FROM read_model_rows r
       JOIN projection_generations g ON g.projection = r.projection AND g.generation = r.generation AND NOT g.active`,
    );
    expect(rows[0]?.rows).toBe(0);
  }, 60_000);
});

describe('npm run cli -- rebuild', () => {
  let databaseUrl: string;
  beforeAll(async () => {
    databaseUrl = await createTestDatabase('rebuild-cli');
    const storage = await openStorage(
      {
        port: 0,
        databaseUrl,
        eventStoreUrl: undefined,
        dataDir: '/nonexistent',
        logLevel: 'silent',
        jwks: undefined,
        role: 'api',
      },
      pino({ level: 'silent' }),
    );
    await appendSignals(storage.eventStore, 100);
    await storage.close();
  });
  const cli = (...args: string[]) =>
    run(process.execPath, [CLI, 'rebuild', ...args], {
      env: { PATH: process.env.PATH, DATA_DIR, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
    });

  it('rebuilds the named read model, with progress on stderr and a summary line', async () => {
    const { stdout, stderr } = await cli('signal-register');
    expect(stdout).toMatch(/^Rebuilt signal-register \(generation 2\): 222 events in \d+\.\d s\n$/);
    expect(stderr).toMatch(/^\[#{30}\] 100% 222\/222 events {2}[\d,]+ events\/s {2}ETA 0:00$/m);
  });

  it('rebuilds every read model when none is named', async () => {
    const { stdout } = await cli();
    expect(stdout).toContain('signal-register (generation 3)');
    expect(stdout).toMatch(/: 222 events in /);
  });

  it('refuses an unknown read model in one line, with exit code 1', async () => {
    const failure = await cli('signal-register', 'signals').catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/^Unknown projection 'signals': use signal-register, .*\n$/);
  });
});
