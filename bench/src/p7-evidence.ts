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
import { storeSizeFlag } from './settings';

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
  return storeSizeFlag('--evidence-events', small, argv);
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

/** A round's appends and what the thread beside them spent. */
interface Round {
  readonly appendsPerSecond: number;
  readonly beside: CheckpointerRound;
}

/** CPU ms the thread and its backends spent in a round, all told. */
const spentIn = (cpu: CheckpointerRound): number => (cpu.threadMs ?? 0) + cpu.readsMs + cpu.treeMs;

/**
 * P7: P1's appends with a follower of `$all` beside them on a thread of its own, as every API
 * process has its projector thread, and the checkpointer on that thread or not (catching up as
 * the projector thread's does, through the reads it shares with the follower, and signing a
 * checkpoint every second, far more often than the 300 s default). The two take turns round by
 * round, in alternating order, so the machine's other load hits both alike. Each round starts
 * once the thread is up and the tree caught up on the rounds before (not timed). What the
 * thread and its backends spent in each round is reported beside the ratio
 * (`details.besideCpuByRound`); the checkpointer's share is the difference.
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
  const without: Round[] = [];
  const withEvidence: Round[] = [];
  try {
    await appendRound(store, 1);
    const turn = async (evidence: boolean): Promise<Round> => {
      // On a thread of its own, started, connected and caught up before the round, as the
      // projector's is: else the round would also load its modules and fold the rounds before,
      // twice the steady work (in session 9's 0.63x).
      const beside = await checkpointerBeside({ url, dir, seconds: options.secondsPerRound, evidence });
      const appendsPerSecond = await appendRound(store, options.secondsPerRound);
      return { appendsPerSecond, beside: await beside.finished };
    };
    for (let r = 0; r < options.rounds; r += 1) {
      // Which goes first alternates (ABBA): the store grows and the machine's load drifts, and a
      // round that always came second met a larger table and whatever had just started.
      const withFirst = r % 2 === 1;
      if (withFirst) withEvidence.push(await turn(true));
      without.push(await turn(false));
      if (!withFirst) withEvidence.push(await turn(true));
      logRound(r, options, without.at(-1) as Round, withEvidence.at(-1) as Round);
    }
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
  const rates = (rounds: Round[]): number[] => rounds.map((r) => round(r.appendsPerSecond, 0));
  const plain = round(median(rates(without)), 0);
  const value = round(median(rates(withEvidence)), 0);
  const kept = ratio(value, plain);
  return {
    id: 'P7',
    name: 'append, 16 writers, a follower of $all beside, with the evidence checkpointer on its thread',
    value,
    unit: 'appends/s',
    baseline: plain,
    baselineName: 'the same appends and follower without it',
    ratio: kept,
    target: '>= 0.95x (checkpoint cost <= 5%)',
    met: kept >= 0.95,
    details: {
      withoutByRound: rates(without),
      withByRound: rates(withEvidence),
      checkpoints: withEvidence.reduce((sum, r) => sum + r.beside.checkpoints, 0),
      // Less noisy than the ratio on a shared machine: what the thread beside cost, with and without.
      besideCpuByRound: without.map((r, i) => ({ without: r.beside, with: withEvidence[i]?.beside })),
    },
  };
}

/** A round's line: both rates, and the checkpointer's CPU per leaf as the difference of the two threads'. */
function logRound(
  r: number,
  options: { readonly rounds: number; readonly secondsPerRound: number; readonly log: (line: string) => void },
  plain: Round,
  evidence: Round,
): void {
  const extra = spentIn(evidence.beside) - spentIn(plain.beside);
  const share = extra / (options.secondsPerRound * 1000 * availableParallelism());
  const perLeaf = evidence.beside.events > 0 ? (extra * 1000) / evidence.beside.events : 0;
  const cpu = (c: CheckpointerRound): string =>
    `thread ${c.threadMs ?? '?'} ms, reads ${c.readsMs} ms, tree ${c.treeMs} ms`;
  options.log(
    `P7 round ${r + 1}/${options.rounds}${r % 2 === 0 ? '' : ' (with first)'}: ` +
      `${Math.round(plain.appendsPerSecond)}/s without (${cpu(plain.beside)}), ` +
      `${Math.round(evidence.appendsPerSecond)}/s with the checkpointer (${cpu(evidence.beside)}; ` +
      `${evidence.beside.events} leaves): it added ${Math.round(extra)} ms, ${perLeaf.toFixed(1)} µs a leaf, ` +
      `${(share * 100).toFixed(1)}% of the machine`,
  );
}
