import { Pool } from 'pg';
import { eventFactory } from '#event-store/testing';
import type { PostgresEventStore } from '#event-store/postgres';
import type { Projection } from '../projection';
import { rebuildProjections } from '../rebuild/rebuild-projections';
import { projectionDatabase, tally, type ProjectionDatabase } from '../testing/tally.fixtures';
import { ProjectionRunner } from './projection-runner';

async function rows(pool: Pool): Promise<Record<string, unknown>> {
  const { rows: found } = await pool.query<{ id: string; doc: unknown }>(
    `SELECT id, doc FROM read_model_rows WHERE projection = 'tally' ORDER BY id`,
  );
  return Object.fromEntries(found.map((r) => [r.id, r.doc]));
}

describe('the projection runner', () => {
  let env: ProjectionDatabase;
  const event = eventFactory('runner');
  beforeAll(async () => {
    env = await projectionDatabase('runner');
    for (let i = 0; i < 25; i += 1) await env.store.appendToStream(`s-${i % 3}`, [event('Counted'), event('Ignored')]);
  });
  afterAll(async () => {
    await env.store.close();
    await env.pool.end();
  });

  it('catches up in batches and checkpoints at the head', async () => {
    const runner = new ProjectionRunner(env.store, env.pool, [tally], { batchSize: 7 });
    await runner.catchUp();
    expect(await rows(env.pool)).toEqual({ 's-0': { count: 9 }, 's-1': { count: 8 }, 's-2': { count: 8 } });
    expect(await runner.lag()).toBe(0n);
  });

  it('applies new events exactly once, also when two runners race', async () => {
    await env.store.appendToStream('s-0', [event('Counted')]);
    const one = new ProjectionRunner(env.store, env.pool, [tally], { batchSize: 2 });
    const two = new ProjectionRunner(env.store, env.pool, [tally], { batchSize: 3 });
    await Promise.all([one.catchUp(), two.catchUp(), one.catchUp()]);
    expect(await rows(env.pool)).toMatchObject({ 's-0': { count: 10 } });
  });
});

describe('the rows a runner writes', () => {
  /** Keeps each event's own data: whatever text a projection puts in a document comes back as it was. */
  const echo: Projection<Record<string, unknown>> = {
    name: 'echo',
    version: 1,
    eventTypes: ['Said'],
    keysOf: (event) => [event.streamId],
    evolve: (_doc, event) => ({ ...(event.data as Record<string, unknown>) }),
  };
  const awkward = 'a "quoted", {braced} \\back\\slash\nnew line, tab\t, ë, 🙂 and NULL';

  it('hold each document and its position exactly, whatever characters their text and keys hold', async () => {
    const env = await projectionDatabase('echo');
    const event = eventFactory('echo');
    await env.store.appendToStream('plain', [event('Said', { text: 'gewoon', nested: { list: [1, 'twee', null] } })]);
    await env.store.appendToStream(`awkward ${awkward}`, [event('Said', { text: awkward, [awkward]: true })]);
    const appended = await env.store.readAll({ maxCount: 10 });
    await new ProjectionRunner(env.store, env.pool, [echo]).catchUp();

    const { rows: written } = await env.pool.query<{ id: string; doc: unknown; position: string }>(
      `SELECT id, doc, position::text FROM read_model_rows WHERE projection = 'echo' ORDER BY position`,
    );
    expect(written).toEqual(appended.map((e) => ({ id: e.streamId, doc: e.data, position: e.position.toString() })));
    expect(written.map((row) => row.id)).toEqual(['plain', `awkward ${awkward}`]);
    await env.store.close();
    await env.pool.end();
  });
});

describe('a runner that outlives a rebuild', () => {
  it('folds the next events into the generation the rebuild switched to, and into no other', async () => {
    const env = await projectionDatabase('outlives');
    const event = eventFactory('outlives');
    for (let i = 0; i < 6; i += 1) await env.store.appendToStream(`s-${i % 2}`, [event('Counted')]);
    const runner = new ProjectionRunner(env.store, env.pool, [tally], { batchSize: 4 });
    await runner.catchUp();
    await rebuildProjections(env.store, env.pool, [tally]);
    for (let i = 0; i < 4; i += 1) await env.store.appendToStream(`s-${i % 2}`, [event('Counted')]);
    await runner.catchUp();

    const { rows: active } = await env.pool.query<{ id: string; doc: unknown; generation: number }>(
      `SELECT r.id, r.doc, r.generation FROM read_model_rows r
       JOIN projection_generations g USING (projection, generation)
       WHERE r.projection = 'tally' AND g.active ORDER BY r.id`,
    );
    expect(active).toEqual([
      { id: 's-0', doc: { count: 5 }, generation: 2 },
      { id: 's-1', doc: { count: 5 }, generation: 2 },
    ]);
    expect(await rows(env.pool)).toEqual({ 's-0': { count: 5 }, 's-1': { count: 5 } });
    await env.store.close();
    await env.pool.end();
  });
});

describe('an active generation built by an older definition', () => {
  /** Today's tally counts in tens, so rows of either version tell at a glance which folded them. */
  const tallyV2: Projection<{ count: number }> = {
    ...tally,
    version: 2,
    evolve: (doc) => ({ count: (doc?.count ?? 0) + 10 }),
  };
  const other: Projection<{ count: number }> = { ...tally, name: 'other' };

  /** The store as a rebuild whose last read came before the events after `cutoff` would see it. */
  function seenUpTo(store: PostgresEventStore, cutoff: bigint): PostgresEventStore {
    const readAll = store.readAll.bind(store);
    return Object.assign(Object.create(store) as PostgresEventStore, {
      readAll: async (options: Parameters<PostgresEventStore['readAll']>[0]) =>
        (await readAll(options)).filter((e) => e.position <= cutoff),
      headPosition: () => Promise.resolve(cutoff),
    });
  }

  async function withOlderTally(label: string) {
    const env = await projectionDatabase(label);
    const event = eventFactory(label);
    const append = async (from: number, to: number): Promise<void> => {
      for (let i = from; i < to; i += 1) await env.store.appendToStream(`s-${i % 2}`, [event('Counted')]);
    };
    await append(0, 4);
    await new ProjectionRunner(env.store, env.pool, [tally]).catchUp();
    const positions = async (): Promise<bigint[]> =>
      (await env.store.readAll({ maxCount: 100 })).map((e) => e.position);
    return { ...env, append, positions };
  }

  it('is left as it was, while the runner folds the current ones', async () => {
    const env = await withOlderTally('older-left');
    const runner = new ProjectionRunner(env.store, env.pool, [tallyV2, other], { batchSize: 3 });
    await env.append(4, 6);
    await runner.catchUp();

    expect(await rows(env.pool)).toEqual({ 's-0': { count: 2 }, 's-1': { count: 2 } });
    const { rows: others } = await env.pool.query(`SELECT id, doc FROM read_model_rows WHERE projection = 'other'`);
    expect(others).toHaveLength(2);
    expect(others).toEqual(expect.arrayContaining([{ id: 's-0', doc: { count: 3 } }]));
    await env.store.close();
    await env.pool.end();
  });

  it('folds the events after its rebuild switched in behind where an idle runner was', async () => {
    const env = await withOlderTally('older-idle');
    const runner = new ProjectionRunner(env.store, env.pool, [tallyV2, other]);
    await env.append(4, 6);
    await runner.catchUp();
    const cutoff = (await env.positions())[4] as bigint;
    await rebuildProjections(seenUpTo(env.store, cutoff), env.pool, [tallyV2]);
    await runner.catchUp();

    expect(await rows(env.pool)).toEqual({ 's-0': { count: 30 }, 's-1': { count: 30 } });
    await env.store.close();
    await env.pool.end();
  });

  it('folds the events after its rebuild switched in behind a batch already read', async () => {
    const env = await withOlderTally('older-race');
    const runner = new ProjectionRunner(env.store, env.pool, [tallyV2, other]);
    await env.append(4, 5);
    await runner.catchUp();
    await env.append(5, 6);
    const cutoff = (await env.positions())[3] as bigint;
    const readAll = env.store.readAll.bind(env.store);
    // The rebuild switches between the runner's read of the next batch and its locks.
    jest.spyOn(env.store, 'readAll').mockImplementationOnce(async (options) => {
      const events = await readAll(options);
      await rebuildProjections(seenUpTo(env.store, cutoff), env.pool, [tallyV2]);
      return events;
    });
    await runner.catchUp();

    expect(await rows(env.pool)).toEqual({ 's-0': { count: 30 }, 's-1': { count: 30 } });
    const { rows: active } = await env.pool.query(
      `SELECT generation, version FROM projection_generations WHERE projection = 'tally' AND active`,
    );
    expect(active).toEqual([{ generation: 2, version: 2 }]);
    await env.store.close();
    await env.pool.end();
  });
});

describe('a batch that fails halfway', () => {
  it('leaves no trace, and a restart ends where a clean run ends', async () => {
    const env = await projectionDatabase('failing');
    const event = eventFactory('failing');
    for (let i = 0; i < 10; i += 1) await env.store.appendToStream(`s-${i % 2}`, [event('Counted')]);
    let applied = 0;
    const crashing: Projection<{ count: number }> = {
      ...tally,
      evolve: (doc, e, key) => {
        applied += 1;
        if (applied === 7) throw new Error('the process dies here');
        return tally.evolve(doc, e, key);
      },
    };
    await expect(new ProjectionRunner(env.store, env.pool, [crashing], { batchSize: 4 }).catchUp()).rejects.toThrow(
      'the process dies here',
    );
    const afterCrash = await rows(env.pool);
    await new ProjectionRunner(env.store, env.pool, [tally], { batchSize: 4 }).catchUp();
    const restarted = await rows(env.pool);

    expect(afterCrash).toEqual({ 's-0': { count: 2 }, 's-1': { count: 2 } });
    expect(restarted).toEqual({ 's-0': { count: 5 }, 's-1': { count: 5 } });
    await env.store.close();
    await env.pool.end();
  });
});

describe('an idle runner with word of appends', () => {
  /** Counts per stream in a second read model, so one batch folds into two generations at once. */
  const streams: Projection<{ seen: string[] }> = {
    name: 'streams',
    version: 1,
    eventTypes: ['Counted'],
    keysOf: (event) => ['all', event.streamId],
    evolve: (doc, event) => ({ seen: [...(doc?.seen ?? []), event.streamId] }),
  };

  it('folds a new append as soon as it commits, not after its pause, into every read model', async () => {
    const env = await projectionDatabase('woken');
    const event = eventFactory('woken');
    // A pause longer than the test may take: only the word of the append can wake the runner.
    const runner = new ProjectionRunner(env.store, env.pool, [tally, streams], {
      idleMs: 10 * 60_000,
      appended: env.store.appendSignal(),
    });
    runner.start();
    try {
      await waitFor(async () => (await env.pool.query(`SELECT 1 FROM projection_generations`)).rowCount === 2);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await env.store.appendToStream('s-woken', [event('Counted')]);
      await waitFor(async () => Object.keys(await rows(env.pool)).length === 1);

      expect(await rows(env.pool)).toEqual({ 's-woken': { count: 1 } });
      const { rows: seen } = await env.pool.query<{ id: string; doc: unknown }>(
        `SELECT id, doc FROM read_model_rows WHERE projection = 'streams' ORDER BY id`,
      );
      expect(seen).toEqual([
        { id: 'all', doc: { seen: ['s-woken'] } },
        { id: 's-woken', doc: { seen: ['s-woken'] } },
      ]);
    } finally {
      runner.stop().catch(() => undefined);
      await env.store.close();
      await env.pool.end();
    }
  });
});

describe('a runner woken by appends that commit close together', () => {
  it('folds them in one batch, as one transaction, once its gathering window has passed', async () => {
    const env = await projectionDatabase('gathered');
    const event = eventFactory('gathered');
    const batches: number[] = [];
    const readAll = env.store.readAll.bind(env.store);
    jest.spyOn(env.store, 'readAll').mockImplementation(async (options) => {
      const events = await readAll(options);
      if (events.length > 0) batches.push(events.length);
      return events;
    });
    // A window far longer than three appends take, so that all three fall inside it.
    const runner = new ProjectionRunner(env.store, env.pool, [tally], {
      idleMs: 10 * 60_000,
      appended: env.store.appendSignal(),
      gatherMs: 2_000,
    });
    runner.start();
    try {
      await waitFor(async () => (await env.pool.query(`SELECT 1 FROM projection_generations`)).rowCount === 1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      for (const stream of ['s-a', 's-b', 's-c']) await env.store.appendToStream(stream, [event('Counted')]);
      await waitFor(async () => Object.keys(await rows(env.pool)).length === 3);

      expect(batches).toEqual([3]);
      expect(await rows(env.pool)).toEqual({ 's-a': { count: 1 }, 's-b': { count: 1 }, 's-c': { count: 1 } });
    } finally {
      runner.stop().catch(() => undefined);
      await env.store.close();
      await env.pool.end();
    }
  });
});

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the condition did not come true within 10 s');
}
