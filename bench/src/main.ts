import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { migrateEventStore } from '#event-store/postgres';
import { migratePrivacy } from '#privacy';
import { migrateProjections } from '#projections';
import { startApi, type ApiMemory, type ApiProcess } from './api-process';
import { startBenchServer, type BenchServer } from './bench-server';
import { formatTable, ratio, round, writeResults, type Figure } from './figures';
import { describeMachine, withEndLoad } from './machine';
import { runP1 } from './p1-append';
import { runP2 } from './p2-commands';
import { runP3 } from './p3-rebuild';
import { adviceSearchFigure, describeAdviceList, measureAdviceList } from './p4-advice-search';
import { measureHistory, type HistoryLatency } from './p4-history';
import { runP10 } from './p10-pages';
import { runP5 } from './p5-lag';
import { evidenceStoreSize, measureEvidenceVerification, runEvidenceAppendCost } from './p7-evidence';
import { RESULTS_DIR } from './paths';
import { waitUntilSettled } from './projection-progress';
import { seededRandom } from './random';
import { runP9 } from './p9-mail-lag';
import { FULL, QUICK, storeSizeFlag, type BenchSettings } from './settings';
import { MUNICIPALITIES, StoreGenerator } from './store-generator';
import { verifyGeneratedStore } from './verify-store';

/** What the person running the bench knows about the machine's other load (`BENCH_NOTE`). */
const LOAD_NOTE =
  process.env.BENCH_NOTE ??
  'The load averages at start and end show how busy the machine was; each ratio compares two measurements taken in the same run.';
const CODES = MUNICIPALITIES.map((m) => m.code);

function log(line: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

/** P3 to P6 share one generated store, grown from the small size to the large one. */
async function storeFigures(server: BenchServer, settings: BenchSettings, p1PortPerSecond: number): Promise<Figure[]> {
  const url = await server.database('bench_store');
  await migrateEventStore(url);
  await migratePrivacy(url);
  await migrateProjections(url);
  const pool = new Pool({ connectionString: url, max: 2 });
  pool.on('error', () => undefined);
  const dataDir = await mkdtemp(join(tmpdir(), 'participation-bench-api-'));
  let generator: StoreGenerator | null = new StoreGenerator(url, 20261123);
  const random = seededRandom(7);
  // Its own source, so the history's samples stay those of earlier runs.
  const listRandom = seededRandom(17);
  const [small, large] = settings.storeSizes;
  const progress = (events: number): void => {
    if (events % 100_000 < 5_000) log(`store: ${events} events`);
  };
  let api: ApiProcess | null = null;
  try {
    const first = await generator.growTo(small, settings.templates, progress);
    log(
      `store: ${first.events} events, ${first.trajectoryIds.length} trajectories (${first.templates} made by the pipeline)`,
    );
    if (settings.verifyStoreAt === 'small') await verifyGeneratedStore(url, pool, log);
    await vacuum(pool);
    api = await startApi(url, dataDir);
    await caughtUp(pool, 30 * 60_000);
    await settle(pool);
    const atSmall = await measureHistory(api, first.trajectoryIds, CODES, settings.p4.queries, first.events, random);
    log(`P4 at ${atSmall.events}: p50 ${atSmall.p50} ms p99 ${atSmall.p99} ms`);
    const listAtSmall = await measureAdviceList(api, CODES, settings.p4.listQueries, first.events, listRandom);
    describeAdviceList(listAtSmall).forEach(log);
    await api.stop();
    api = null;

    const second = await generator.growTo(large, settings.templates, progress);
    // Its keys, chain heads and templates fill hundreds of MB of this process's heap; let them
    // go before the load generators run here, or this process's garbage collection pauses
    // would count as the API's latency.
    await generator.close();
    generator = null;
    await vacuum(pool);
    log(`store: ${second.events} events, ${second.trajectoryIds.length} trajectories`);
    if (settings.verifyStoreAt === 'large') await verifyGeneratedStore(url, pool, log);
    const p7 = await measureEvidenceVerification(url, log);
    api = await startApi(url, dataDir);
    const catchUpMs = await caughtUp(pool, 60 * 60_000);
    log(`API caught up on ${second.events - first.events} new events in ${Math.round(catchUpMs)} ms`);
    await settle(pool);
    const running = api;
    const peaks: Record<string, number> = {};
    const memory: Record<string, ApiMemory> = {};
    const phase = async (name: string): Promise<void> => {
      peaks[name] = round(running.peakRssMb(), 0);
      memory[name] = await running.memory();
      const m = memory[name];
      log(
        `API peak RSS after ${name}: ${peaks[name]} MB; now RSS ${m.rss} MB, V8 heap ${m.heapUsed} of ${m.heapTotal} MB ` +
          `(new space ${m.newSpace} MB), external ${m.external} MB`,
      );
    };
    await phase('catch-up');
    const atLarge = await measureHistory(api, second.trajectoryIds, CODES, settings.p4.queries, second.events, random);
    log(`P4 at ${atLarge.events}: p50 ${atLarge.p50} ms p99 ${atLarge.p99} ms`);
    const listAtLarge = await measureAdviceList(api, CODES, settings.p4.listQueries, second.events, listRandom);
    describeAdviceList(listAtLarge).forEach(log);
    const p10 = await runP10(api, second.trajectoryIds, CODES, settings.p10, seededRandom(19), log);
    await phase('P4');
    const p3 = await runP3(url, second.events, log);
    await phase('P3');
    await settle(pool);
    const p2 = await runP2(api, p1PortPerSecond, settings.p2, log, () => settledAfterLoad(pool));
    await phase('P2');
    const p5 = await runP5(api, url, settings.p5, log);
    await phase('P5');
    const rssNow = await api.rssMb();
    const p6 = memoryFigure(api.peakRssMb(), rssNow, second.events, catchUpMs, second.events - first.events, {
      peaks,
      memory,
    });
    return [
      ...p2,
      p3,
      ...historyFigures(atSmall, atLarge),
      adviceSearchFigure(listAtSmall, listAtLarge),
      ...p10,
      p5,
      p6,
      p7,
    ];
  } finally {
    await api?.stop();
    await generator?.close();
    await pool.end();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Waits until the API's read models have caught up with the store, then until its other
 * followers of `$all` (reactions, evidence log) have too, which would otherwise still be
 * folding the whole store beside the first measurements; answers the read models' time (P6's
 * catch-up figure, as before).
 */
async function caughtUp(pool: Pool, timeoutMs: number): Promise<number> {
  const { readModelsMs, followersMs } = await waitUntilSettled(pool, timeoutMs);
  log(
    `read models caught up in ${Math.round(readModelsMs)} ms, the other followers ${Math.round(followersMs)} ms later`,
  );
  return readModelsMs;
}

/** After P2's ladder: every follower of `$all` has folded its backlog; answers how long that took. */
async function settledAfterLoad(pool: Pool): Promise<number> {
  const { readModelsMs, followersMs } = await waitUntilSettled(pool, 60_000);
  return readModelsMs + followersMs;
}

/** A long-lived store has been vacuumed and analysed; a freshly loaded one gets it here, not mid-measurement. */
async function vacuum(pool: Pool): Promise<void> {
  await pool.query('VACUUM (ANALYZE) es_events, es_streams, person_keys');
}

/**
 * After a catch-up or a rebuild has rewritten the read models: their vacuum and the checkpoint
 * of what it dirtied happen now, as they would have long before on a store that grew over
 * months, not during the queries and commands measured next.
 */
async function settle(pool: Pool): Promise<void> {
  // Every table: the other followers of `$all` (the evidence log, the reactions) write as many
  // rows as the read models, and autovacuum would get to them when it does, perhaps during a
  // measurement.
  await pool.query('VACUUM (ANALYZE)');
  await pool.query('CHECKPOINT');
}

function historyFigures(small: HistoryLatency, large: HistoryLatency): Figure[] {
  const growth = ratio(large.p99, small.p99);
  return [
    {
      id: 'P4',
      name: `GetTrajectoryHistory p99 at ${large.events} events`,
      value: round(large.p99, 2),
      unit: 'ms',
      baseline: round(small.p99, 2),
      baselineName: `p99 at ${small.events} events`,
      ratio: growth,
      target: 'p99 <= 10 ms and <= 1.5x from the small store to the large',
      met: large.p99 <= 10 && growth <= 1.5,
      details: { small, large },
    },
  ];
}

function memoryFigure(
  peakMb: number,
  nowMb: number,
  events: number,
  catchUpMs: number,
  caughtUp: number,
  phases: { peaks: Record<string, number>; memory: Record<string, ApiMemory> },
): Figure {
  const value = round(peakMb, 0);
  return {
    id: 'P6',
    name: `API resident memory (peak) at ${events} events`,
    value,
    unit: 'MB',
    baseline: 300,
    baselineName: 'limit',
    ratio: ratio(value, 300),
    target: '<= 300 MB',
    met: value <= 300,
    details: {
      peakDuring: 'catch-up of the new events, P4, P3 beside it, P2 and P5',
      peakAfterPhaseMb: phases.peaks,
      memoryAfterPhaseMb: phases.memory,
      rssAtEndMb: round(nowMb, 0),
      catchUpEvents: caughtUp,
      catchUpMs: Math.round(catchUpMs),
    },
  };
}

/**
 * `--evidence`: P7 alone, on a store of the small size (or `--evidence-events N`), for a quick
 * look at the evidence's cost.
 */
async function evidenceFigures(server: BenchServer, settings: BenchSettings): Promise<Figure[]> {
  const cost = await runEvidenceAppendCost(server, { ...settings.p7, log });
  const url = await server.database('bench_p7_store');
  await migrateEventStore(url);
  await migratePrivacy(url);
  await migrateProjections(url);
  const generator = new StoreGenerator(url, 20261123);
  try {
    const store = await generator.growTo(
      evidenceStoreSize(settings.storeSizes[0]),
      settings.templates,
      () => undefined,
    );
    log(`store: ${store.events} events`);
  } finally {
    await generator.close();
  }
  return [cost, await measureEvidenceVerification(url, log)];
}

/**
 * A store of `events` events (the small size, unless a flag says otherwise) with its read
 * models caught up and an API on it, for a scenario run alone; the API and the store go when
 * `measure` is done.
 */
async function onSmallStore(
  server: BenchServer,
  settings: BenchSettings,
  name: string,
  events: number,
  measure: (api: ApiProcess, store: { trajectoryIds: readonly string[] }, pool: Pool) => Promise<Figure[]>,
): Promise<Figure[]> {
  const url = await server.database(name);
  await migrateEventStore(url);
  await migratePrivacy(url);
  await migrateProjections(url);
  const pool = new Pool({ connectionString: url, max: 2 });
  pool.on('error', () => undefined);
  const dataDir = await mkdtemp(join(tmpdir(), 'participation-bench-api-'));
  let generator: StoreGenerator | null = new StoreGenerator(url, 20261123);
  let api: ApiProcess | null = null;
  try {
    const store = await generator.growTo(events, settings.templates, () => undefined);
    // Its heap goes before autocannon runs in this process.
    await generator.close();
    generator = null;
    log(`store: ${store.events} events, ${store.trajectoryIds.length} trajectories`);
    await vacuum(pool);
    api = await startApi(url, dataDir);
    await caughtUp(pool, 30 * 60_000);
    await settle(pool);
    return await measure(api, store, pool);
  } finally {
    await api?.stop();
    await generator?.close();
    await pool.end();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * `--pages`: P10 alone, on a store of the small size, to try the scenario without the 1M store;
 * `--pages-events N` grows the store to N events first (P10 at 1M without the other scenarios).
 */
function pageFigures(server: BenchServer, settings: BenchSettings): Promise<Figure[]> {
  const events = storeSizeFlag('--pages-events', settings.storeSizes[0]);
  return onSmallStore(server, settings, 'bench_p10_store', events, (api, store) =>
    runP10(api, store.trajectoryIds, CODES, settings.p10, seededRandom(19), log),
  );
}

/**
 * `--commands`: P2 alone on a store of the small size. Its baseline is the same API's bare
 * route in the same run, so the ratio needs no 1M store; P1's figure is not measured here.
 */
function commandFigures(server: BenchServer, settings: BenchSettings): Promise<Figure[]> {
  return onSmallStore(server, settings, 'bench_p2_store', settings.storeSizes[0], (api, _store, pool) =>
    runP2(api, null, settings.p2, log, () => settledAfterLoad(pool)),
  );
}

/**
 * Scenarios run alone, each on its own embedded PostgreSQL, to look at one figure without the
 * 1M store: the flag, what the log calls it, and the run.
 */
const ALONE: readonly {
  readonly flag: string;
  readonly what: string;
  readonly run: (server: BenchServer, settings: BenchSettings) => Promise<Figure[]>;
}[] = [
  // P10: the pages and the search beside the bare route, on a store of the small size.
  { flag: '--pages', what: 'pages only', run: pageFigures },
  // P9: mail lag beside projection lag, at 100 events/s (quick: for 15 s).
  {
    flag: '--mail',
    what: 'mail only',
    run: (server, settings) => runP9(server, { seconds: settings.mode === 'quick' ? 15 : 60, perSecond: 100 }, log),
  },
  { flag: '--evidence', what: 'evidence only', run: evidenceFigures },
  // P2: RecordSignal beside the HTTP stack's ceiling, on a store of the small size (#16).
  { flag: '--commands', what: 'commands only', run: commandFigures },
];

async function runAlone(scenario: (typeof ALONE)[number], settings: BenchSettings): Promise<void> {
  log(`mode ${settings.mode}, ${scenario.what}; starting embedded PostgreSQL`);
  const server = await startBenchServer();
  try {
    process.stdout.write(`${formatTable(await scenario.run(server, settings))}\n`);
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const settings = process.argv.includes('--quick') ? QUICK : FULL;
  const alone = ALONE.find((scenario) => process.argv.includes(scenario.flag));
  if (alone) {
    await runAlone(alone, settings);
    return;
  }
  const startedAt = new Date().toISOString();
  log(`mode ${settings.mode}; starting embedded PostgreSQL`);
  const server = await startBenchServer();
  const figures: Figure[] = [];
  try {
    const machine = await describeMachine(server, LOAD_NOTE);
    const p1 = await runP1(server, { ...settings.p1, log });
    figures.push(...p1.figures);
    figures.push(await runEvidenceAppendCost(server, { ...settings.p7, log }));
    figures.push(...(await storeFigures(server, settings, p1.portPerSecond)));
    const results = {
      mode: settings.mode,
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: withEndLoad(machine),
      settings,
      figures,
    };
    process.stdout.write(`${formatTable(figures)}\n`);
    log(`results in ${await writeResults(RESULTS_DIR, results)}`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
