import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import type { EventToAppend } from '#event-store';
import { migrateEventStore, PostgresEventStore } from '#event-store/postgres';
import type { BenchServer } from './bench-server';
import { loadEmmett } from './emmett-peer';
import { ratio, round, type Figure } from './figures';
import { Latencies, median } from './latency';

export const P1_WRITERS = 16;

export interface P1Options {
  readonly rounds: number;
  readonly secondsPerRound: number;
  readonly log: (line: string) => void;
}

export interface P1Result {
  readonly figures: Figure[];
  /** Appends per second through the port: P2's baseline. */
  readonly portPerSecond: number;
}

/** One append: opens or continues the writer's stream. */
type Append = (streamId: string, revision: number) => Promise<void>;

interface System {
  readonly name: string;
  readonly append: Append;
  readonly close: () => Promise<void>;
}

/** ~300 bytes of data and metadata, as a typical event of the domain carries. */
function payload(): { type: string; data: Record<string, unknown>; metadata: EventToAppend['metadata'] } {
  return {
    type: 'SignalAssessed',
    data: {
      signalId: randomUUID(),
      scope: 'collective',
      rationale: 'Seen in three districts within a month; the same transport problem each time.',
    },
    metadata: {
      occurredAt: new Date().toISOString(),
      actor: { id: 'bench-writer', role: 'secretary' },
      municipalityCode: 'GM0375',
      correlationId: randomUUID(),
      schemaVersion: 1,
    },
  };
}

async function portSystem(url: string): Promise<System> {
  await migrateEventStore(url);
  const store = new PostgresEventStore({ connectionString: url, maxConnections: P1_WRITERS });
  return {
    name: 'port (PostgreSQL adapter)',
    append: async (streamId, revision) => {
      const { type, data, metadata } = payload();
      await store.appendToStream(streamId, [{ eventId: randomUUID(), type, data, metadata }], {
        expectedRevision: revision === 0 ? 'no_stream' : revision - 1,
      });
    },
    close: () => store.close(),
  };
}

async function rawSystem(url: string): Promise<System> {
  const pool = new Pool({ connectionString: url, max: P1_WRITERS });
  pool.on('error', () => undefined);
  await pool.query(`CREATE TABLE raw_events (
    id bigserial PRIMARY KEY, stream_id text NOT NULL, event_id uuid NOT NULL, type text NOT NULL,
    data jsonb NOT NULL, metadata jsonb NOT NULL)`);
  return {
    name: 'raw single-row INSERT',
    append: async (streamId) => {
      const { type, data, metadata } = payload();
      await pool.query(
        'INSERT INTO raw_events (stream_id, event_id, type, data, metadata) VALUES ($1, $2, $3, $4, $5)',
        [streamId, randomUUID(), type, JSON.stringify(data), JSON.stringify(metadata)],
      );
    },
    close: () => pool.end(),
  };
}

async function emmettSystem(url: string): Promise<System & { version: string }> {
  const emmett = loadEmmett();
  const { store, pool } = emmett.store(url, P1_WRITERS);
  const versions = new Map<string, bigint>();
  const system: System & { version: string } = {
    name: `Emmett ${emmett.version}`,
    version: emmett.version,
    append: async (streamId) => {
      const { type, data, metadata } = payload();
      const expected = versions.get(streamId);
      const result = await store.appendToStream(
        streamId,
        [{ type, data, metadata: { ...metadata, eventId: randomUUID() } }],
        expected === undefined ? {} : { expectedStreamVersion: expected },
      );
      versions.set(streamId, result.nextExpectedStreamVersion);
    },
    close: async () => {
      await store.close();
      await pool.end().catch(() => undefined);
    },
  };
  // The first append creates Emmett's schema; keep that out of the measured rounds.
  await system.append(`warm-${randomUUID()}`, 0);
  return system;
}

/** 16 writers, each on a stream of its own, one event per append, for `seconds`. */
async function measureRound(
  system: System,
  round: number,
  seconds: number,
): Promise<{ perSecond: number; latency: Latencies }> {
  const latency = new Latencies();
  let appended = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: P1_WRITERS }, async (_, writer) => {
      const streamId = `bench-${round}-${writer}-${randomUUID()}`;
      for (let revision = 0; performance.now() < until; revision += 1) {
        const before = performance.now();
        await system.append(streamId, revision);
        latency.recordMs(performance.now() - before);
        appended += 1;
      }
    }),
  );
  return { perSecond: appended / ((performance.now() - started) / 1000), latency };
}

/**
 * P1: appends through the port beside raw INSERTs and Emmett, at 16 writers. The systems take
 * turns round by round, so a burst of load from the machine's other users hits all three alike;
 * each figure is the median of its rounds.
 */
export async function runP1(server: BenchServer, options: P1Options): Promise<P1Result> {
  const systems = [
    await portSystem(await server.database('bench_p1_port')),
    await rawSystem(await server.database('bench_p1_raw')),
    await emmettSystem(await server.database('bench_p1_emmett')),
  ];
  const rates = systems.map(() => [] as number[]);
  const p99s = systems.map(() => [] as number[]);
  try {
    for (const system of systems) await measureRound(system, -1, 1);
    for (let r = 0; r < options.rounds; r += 1) {
      for (const [i, system] of systems.entries()) {
        const { perSecond, latency } = await measureRound(system, r, options.secondsPerRound);
        rates[i]?.push(perSecond);
        p99s[i]?.push(latency.percentileMs(99));
        options.log(`P1 round ${r + 1}/${options.rounds} ${system.name}: ${Math.round(perSecond)}/s`);
      }
    }
  } finally {
    for (const system of systems) await system.close();
  }
  const [port, raw, emmett] = rates.map((r) => round(median(r), 0)) as [number, number, number];
  const details = Object.fromEntries(
    systems.map((s, i) => [
      s.name,
      { perSecondByRound: rates[i]?.map((r) => round(r, 0)), p99MsByRound: p99s[i]?.map((p) => round(p, 2)) },
    ]),
  );
  const common = { value: port, unit: 'appends/s', details: { writers: P1_WRITERS, ...details } };
  const vsRaw = ratio(port, raw);
  const vsEmmett = ratio(port, emmett);
  return {
    portPerSecond: port,
    figures: [
      {
        id: 'P1',
        name: 'append, 16 writers, vs raw INSERT',
        ...common,
        baseline: raw,
        baselineName: 'raw single-row INSERT',
        ratio: vsRaw,
        target: '>= 0.6x raw INSERT',
        met: vsRaw >= 0.6,
      },
      {
        id: 'P1',
        name: 'append, 16 writers, vs Emmett',
        ...common,
        baseline: emmett,
        baselineName: systems[2]?.name ?? 'Emmett',
        ratio: vsEmmett,
        target: '>= 1.0x Emmett',
        met: vsEmmett >= 1,
      },
    ],
  };
}
