import { Pool } from 'pg';
import { eventFactory } from '#event-store/testing';
import type { Projection } from '../projection';
import { ReadModels } from '../queries/read-models';
import { ProjectionRunner } from '../runner/projection-runner';
import { projectionDatabase, tally } from '../testing/tally.fixtures';
import { RebuildAlreadyRunningError } from './rebuild-generations';
import type { RebuildProgress } from './rebuild-progress';
import { rebuildProjections } from './rebuild-projections';

const STREAMS = ['s-0', 's-1', 's-2', 's-3'];

async function setUp(label: string) {
  const { store, pool, close } = await projectionDatabase(label);
  const event = eventFactory(label);
  const append = async (rounds: number): Promise<void> => {
    for (let i = 0; i < rounds; i += 1) {
      await store.appendToStream(STREAMS[i % STREAMS.length] as string, [event('Counted'), event('Ignored')]);
    }
  };
  return { store, pool, append, close };
}

async function generations(pool: Pool): Promise<{ generation: number; active: boolean; rows: number }[]> {
  const { rows } = await pool.query<{ generation: number; active: boolean; rows: number }>(
    `SELECT g.generation, g.active,
       (SELECT count(*)::int FROM read_model_rows r WHERE r.projection = g.projection AND r.generation = g.generation) AS rows
     FROM projection_generations g WHERE g.projection = 'tally' ORDER BY g.generation`,
  );
  return rows;
}

/** The tally as queries see it, by get and by list. */
async function counts(models: ReadModels): Promise<Record<string, number>> {
  const found = await Promise.all(
    STREAMS.map(async (id) => [id, await models.get<{ count: number }>('tally', id)] as const),
  );
  const { total } = await models.list('tally', { orderBy: 'r.id', offset: 0, limit: 100 });
  expect(total).toBe(found.filter(([, doc]) => doc).length);
  return Object.fromEntries(found.flatMap(([id, doc]) => (doc ? [[id, doc.count]] : [])));
}

describe('rebuilding a read model', () => {
  let env: Awaited<ReturnType<typeof setUp>>;
  let models: ReadModels;
  beforeAll(async () => {
    env = await setUp('rebuild');
    models = new ReadModels(env.pool);
    await env.append(40);
    await new ProjectionRunner(env.store, env.pool, [tally]).catchUp();
  });
  afterAll(() => env.close());

  it('replays into a new generation, switches to it and drops the old rows', async () => {
    const before = await counts(models);
    const progress: RebuildProgress[] = [];
    const result = await rebuildProjections(env.store, env.pool, [tally], {
      batchSize: 15,
      onProgress: (p) => progress.push(p),
    });
    expect(await counts(models)).toEqual(before);
    expect(before).toEqual({ 's-0': 10, 's-1': 10, 's-2': 10, 's-3': 10 });
    expect(result).toMatchObject({ projections: [{ name: 'tally', generation: 2, replaced: 1 }], events: 80 });
    expect(progress.at(-1)).toMatchObject({ done: 80, total: 80, etaMs: 0 });
    expect(progress.length).toBeGreaterThan(5);
    expect(await generations(env.pool)).toEqual([
      { generation: 1, active: false, rows: 0 },
      { generation: 2, active: true, rows: 4 },
    ]);
  });

  it('keeps answering from the active generation between batches', async () => {
    const before = await counts(models);
    const seen: Record<string, number>[] = [];
    const reads: Promise<void>[] = [];
    await rebuildProjections(env.store, env.pool, [tally], {
      batchSize: 10,
      onProgress: () => reads.push(counts(models).then((c) => void seen.push(c))),
    });
    await Promise.all(reads);
    expect(seen.length).toBeGreaterThan(5);
    for (const answer of seen) expect(answer).toEqual(before);
  });

  it('refuses a second rebuild while one runs', async () => {
    const results = await Promise.allSettled([
      rebuildProjections(env.store, env.pool, [tally], { batchSize: 5 }),
      rebuildProjections(env.store, env.pool, [tally], { batchSize: 5 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: expect.any(RebuildAlreadyRunningError),
    });
  });

  it('clears what an interrupted rebuild left, and the next one succeeds', async () => {
    const before = await counts(models);
    const active = (await generations(env.pool)).find((g) => g.active)?.generation as number;
    let applied = 0;
    const crashing: Projection<{ count: number }> = {
      ...tally,
      evolve: (doc, event, key) => {
        applied += 1;
        if (applied === 30) throw new Error('the process dies here');
        return tally.evolve(doc, event, key);
      },
    };
    await expect(rebuildProjections(env.store, env.pool, [crashing], { batchSize: 10 })).rejects.toThrow(
      'the process dies here',
    );
    expect((await generations(env.pool)).filter((g) => !g.active && g.rows > 0)).toHaveLength(1);
    expect(await counts(models)).toEqual(before);

    await rebuildProjections(env.store, env.pool, [tally]);
    expect((await generations(env.pool)).filter((g) => g.generation > active)).toEqual([
      { generation: active + 1, active: true, rows: 4 },
    ]);
    expect(await counts(models)).toEqual(before);
  });
});

describe('a rebuild beside a live runner while events keep coming', () => {
  let env: Awaited<ReturnType<typeof setUp>>;
  beforeAll(async () => {
    env = await setUp('rebuild-race');
  });
  afterAll(() => env.close());

  it('loses no event and applies none twice', async () => {
    const models = new ReadModels(env.pool);
    await env.append(200);
    const runner = new ProjectionRunner(env.store, env.pool, [tally], { batchSize: 7, idleMs: 1 });
    runner.start();
    const writing = env.append(200);
    const first = await rebuildProjections(env.store, env.pool, [tally], { batchSize: 25 });
    const second = await rebuildProjections(env.store, env.pool, [tally], { batchSize: 40 });
    await writing;
    await runner.stop();
    // A stopped runner ends a catch-up after one batch; a fresh one folds the rest.
    await new ProjectionRunner(env.store, env.pool, [tally]).catchUp();

    expect([first.projections[0]?.generation, second.projections[0]?.generation]).toEqual([2, 3]);
    expect(await counts(models)).toEqual({ 's-0': 100, 's-1': 100, 's-2': 100, 's-3': 100 });
    expect(await generations(env.pool)).toEqual([
      { generation: 1, active: false, rows: 0 },
      { generation: 2, active: false, rows: 0 },
      { generation: 3, active: true, rows: 4 },
    ]);
  });
});
