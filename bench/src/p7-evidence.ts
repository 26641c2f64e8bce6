import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Pool } from 'pg';
import type { EventStore, GlobalPosition } from '#event-store';
import { migrateEventStore, PostgresEventStore } from '#event-store/postgres';
import {
  Checkpointer,
  EvidenceLog,
  exportEvidence,
  FolderCheckpointSink,
  KeyObjectSigner,
  migrateEvidence,
  verifyEvidence,
} from '#evidence';
import type { BenchServer } from './bench-server';
import { ratio, round, type Figure } from './figures';
import { median } from './latency';
import type { CheckpointerJob, CheckpointerRound } from './checkpointer.worker';
import { P1_WRITERS } from './p1-append';

/**
 * P7 (issue #22): what the evidence over `$all` costs. Verifying an export runs beside the bare
 * ordered read of the same store in the same run (target ≥ 0.5×); appends at P1's 16 writers
 * run with and without a checkpointer catching up and signing beside them (target ≤ 5% cost).
 */

/**
 * The store size for `--evidence`: `--evidence-events N` when given (P7's verification at 1M
 * without the full run's other scenarios), else the mode's small store.
 */
export function evidenceStoreSize(small: number, argv: readonly string[] = process.argv): number {
  const at = argv.indexOf('--evidence-events');
  const events = at >= 0 ? Number(argv[at + 1]) : small;
  if (!Number.isInteger(events) || events <= 0) throw new Error('--evidence-events wants a whole number of events');
  return events;
}

/** Reads all of `$all` in order, as a reader of the port does, and answers events per second. */
async function bareOrderedRead(store: EventStore): Promise<{ events: number; perSecond: number }> {
  const started = performance.now();
  let events = 0;
  let after: GlobalPosition | undefined;
  for (;;) {
    const batch = await store.readAll({ ...(after === undefined ? {} : { after }), maxCount: 5_000 });
    const last = batch.at(-1);
    if (!last) break;
    events += batch.length;
    after = last.position;
  }
  return { events, perSecond: events / ((performance.now() - started) / 1000) };
}

async function signer(): Promise<KeyObjectSigner> {
  const { generateKeyPairSync } = await import('node:crypto');
  return new KeyObjectSigner(generateKeyPairSync('ed25519').privateKey);
}

/** P7: builds the tree over the generated store, signs it, exports it, and times the verifier beside a bare read. */
export async function measureEvidenceVerification(url: string, log: (line: string) => void): Promise<Figure> {
  await migrateEvidence(url);
  const store = new PostgresEventStore({ connectionString: url, maxConnections: 2 });
  const pool = new Pool({ connectionString: url, max: 2 });
  pool.on('error', () => undefined);
  const dir = await mkdtemp(join(tmpdir(), 'participation-bench-evidence-'));
  try {
    const parts = { signer: await signer(), sink: new FolderCheckpointSink(join(dir, 'sink')) };
    let started = performance.now();
    await new Checkpointer({ log: new EvidenceLog(store, pool, { batchSize: 5_000 }), ...parts }).checkpoint();
    const treeMs = performance.now() - started;
    log(`P7 tree over the store built and signed in ${Math.round(treeMs)} ms`);
    started = performance.now();
    const written = await exportEvidence(store, parts, join(dir, 'export'), { batchSize: 5_000 });
    const exportMs = performance.now() - started;
    const read = await bareOrderedRead(store);
    started = performance.now();
    const report = await verifyEvidence(join(dir, 'export'));
    const verifyPerSecond = report.events / ((performance.now() - started) / 1000);
    if (report.problems.length > 0) throw new Error(`the bench store's evidence does not hold: ${report.problems[0]}`);
    log(
      `P7 verify-evidence ${Math.round(verifyPerSecond)} events/s, bare ordered read ${Math.round(read.perSecond)}/s`,
    );
    const versusRead = ratio(verifyPerSecond, read.perSecond);
    return {
      id: 'P7',
      name: `verify-evidence of ${written.events} events vs bare ordered read`,
      value: round(verifyPerSecond, 0),
      unit: 'events/s',
      baseline: round(read.perSecond, 0),
      baselineName: 'readAll in global order, 5,000 per batch',
      ratio: versusRead,
      target: '>= 0.5x the bare ordered read',
      met: versusRead >= 0.5,
      details: { events: written.events, treeBuildMs: Math.round(treeMs), exportMs: Math.round(exportMs) },
    };
  } finally {
    await store.close();
    await pool.end();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Starts P7's checkpointer on its thread; answers once it is ready, with what it will answer at its end. */
function checkpointerBeside(job: CheckpointerJob): Promise<{ finished: Promise<CheckpointerRound> }> {
  const worker = new Worker(join(__dirname, 'checkpointer.worker.js'), { workerData: job });
  const finished = new Promise<CheckpointerRound>((resolve, reject) => {
    worker.on('message', (message: 'ready' | CheckpointerRound) => {
      if (typeof message === 'object') resolve(message);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the checkpointer stopped with code ${code} before answering`)));
  });
  return new Promise((resolve, reject) => {
    worker.on('message', (message: 'ready' | CheckpointerRound) => {
      if (message === 'ready') resolve({ finished });
    });
    finished.catch(reject);
  });
}

/** 16 writers on streams of their own, one event per append, for `seconds`: appends per second. */
async function appendRound(store: EventStore, seconds: number): Promise<number> {
  let appended = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: P1_WRITERS }, async () => {
      const streamId = `bench-evidence-${randomUUID()}`;
      for (let revision = 0; performance.now() < until; revision += 1) {
        await store.appendToStream(
          streamId,
          [
            {
              eventId: randomUUID(),
              type: 'SignalAssessed',
              data: { scope: 'collective', rationale: 'Seen in three districts within a month.' },
              metadata: {
                occurredAt: new Date().toISOString(),
                actor: { id: 'bench-writer', role: 'secretary' },
                municipalityCode: 'GM0375',
                correlationId: randomUUID(),
                schemaVersion: 1,
              },
            },
          ],
          { expectedRevision: revision === 0 ? 'no_stream' : revision - 1 },
        );
        appended += 1;
      }
    }),
  );
  return appended / ((performance.now() - started) / 1000);
}

/**
 * P7: P1's appends with the checkpointer beside them on its own thread (catching up as the projector's does, and
 * signing a checkpoint every second, far more often than the 300 s default) and without; the
 * two take turns round by round, in alternating order, so the machine's other load hits both
 * alike. Each round with it starts once its thread is up and the tree caught up on the rounds
 * before (not timed). What the checkpointer's thread and backends spent in each round is
 * reported beside the ratio (`details.checkpointerCpuByRound`).
 */
export async function runEvidenceAppendCost(
  server: BenchServer,
  options: { readonly rounds: number; readonly secondsPerRound: number; readonly log: (line: string) => void },
): Promise<Figure> {
  const url = await server.database('bench_p7_appends');
  await migrateEventStore(url);
  await migrateEvidence(url);
  const store = new PostgresEventStore({ connectionString: url, maxConnections: P1_WRITERS });
  const dir = await mkdtemp(join(tmpdir(), 'participation-bench-checkpoints-'));
  const without: number[] = [];
  const withEvidence: number[] = [];
  let checkpoints = 0;
  const checkpointerCpu: Omit<CheckpointerRound, 'checkpoints'>[] = [];
  try {
    await appendRound(store, 1);
    const withRound = async (): Promise<void> => {
      // On a thread of its own, as the API runs it on its projector thread, started, connected and
      // caught up before the round, as the projector's is: else the round would also load its
      // modules and fold the round without it, twice the steady work (in session 9's 0.63x).
      const beside = await checkpointerBeside({ url, dir, seconds: options.secondsPerRound });
      withEvidence.push(await appendRound(store, options.secondsPerRound));
      const { checkpoints: signed, ...cpu } = await beside.finished;
      checkpoints += signed;
      checkpointerCpu.push(cpu);
    };
    for (let r = 0; r < options.rounds; r += 1) {
      // Which goes first alternates (ABBA): the store grows and the machine's load drifts, and a
      // round that always came second met a larger table and whatever had just started.
      if (r % 2 === 0) {
        without.push(await appendRound(store, options.secondsPerRound));
        await withRound();
      } else {
        await withRound();
        without.push(await appendRound(store, options.secondsPerRound));
      }
      const cpu = checkpointerCpu.at(-1);
      const spent = (cpu?.threadMs ?? 0) + (cpu?.readsMs ?? 0) + (cpu?.treeMs ?? 0);
      const share = spent / (options.secondsPerRound * 1000 * availableParallelism());
      options.log(
        `P7 round ${r + 1}/${options.rounds}${r % 2 === 0 ? '' : ' (with first)'}: ` +
          `${Math.round(without.at(-1) ?? 0)}/s without, ${Math.round(withEvidence.at(-1) ?? 0)}/s with the ` +
          `checkpointer; its CPU for ${cpu?.events} events: thread ${cpu?.threadMs ?? '?'} ms, database reads ` +
          `${cpu?.readsMs} ms, tree ${cpu?.treeMs} ms (${(share * 100).toFixed(1)}% of the machine)`,
      );
    }
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
  const plain = round(median(without), 0);
  const value = round(median(withEvidence), 0);
  const kept = ratio(value, plain);
  return {
    id: 'P7',
    name: 'append, 16 writers, with the evidence checkpointer beside',
    value,
    unit: 'appends/s',
    baseline: plain,
    baselineName: 'the same appends without it',
    ratio: kept,
    target: '>= 0.95x (checkpoint cost <= 5%)',
    met: kept >= 0.95,
    details: {
      withoutByRound: without.map((r) => round(r, 0)),
      withByRound: withEvidence.map((r) => round(r, 0)),
      checkpoints,
      // Less noisy than the ratio on a shared machine: what the checkpointer itself cost.
      checkpointerCpuByRound: checkpointerCpu,
    },
  };
}
