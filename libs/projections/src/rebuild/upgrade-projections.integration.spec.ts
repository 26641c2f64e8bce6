import { isDeepStrictEqual as isEqual } from 'node:util';
import { eventFactory } from '#event-store/testing';
import type { Projection } from '../projection';
import { ReadModels } from '../queries/read-models';
import { ProjectionRunner } from '../runner/projection-runner';
import { projectionDatabase, tally } from '../testing/tally.fixtures';
import { startProjectionUpgrade } from './projection-upgrade';
import { upgradeProjections, type UpgradeOutcome } from './upgrade-projections';

/** Version 1 counts events per stream. */
const tallyV1 = tally;
/** Version 2 adds a field, as a changed evolve does: rows of either version tell which built them. */
const tallyV2: Projection<{ count: number; seen: boolean }> = {
  ...tallyV1,
  version: 2,
  evolve: (doc) => ({ count: (doc?.count ?? 0) + 1, seen: true }),
};
const STREAMS = ['s-0', 's-1', 's-2'];

/** A store whose tally the version 1 definition built: 30 events, 10 per stream. */
async function storeBuiltByVersion1(label: string) {
  const { store, pool, close } = await projectionDatabase(label);
  const event = eventFactory(label);
  for (let i = 0; i < 30; i += 1) await store.appendToStream(STREAMS[i % 3] as string, [event('Counted')]);
  await new ProjectionRunner(store, pool, [tallyV1]).catchUp();
  const models = new ReadModels(pool);
  const answers = async (): Promise<unknown[]> => Promise.all(STREAMS.map((id) => models.get('tally', id)));
  const generations = async () =>
    (
      await pool.query<{ generation: number; version: number; active: boolean; rows: number }>(
        `SELECT g.generation, g.version, g.active, (SELECT count(*)::int FROM read_model_rows r
           WHERE r.projection = g.projection AND r.generation = g.generation) AS rows
         FROM projection_generations g WHERE g.projection = 'tally' ORDER BY g.generation`,
      )
    ).rows;
  return { store, pool, answers, generations, close };
}

const OLD_ROWS = [{ count: 10 }, { count: 10 }, { count: 10 }];
const NEW_ROWS = [
  { count: 10, seen: true },
  { count: 10, seen: true },
  { count: 10, seen: true },
];

describe('a start that finds a read model built by an older version of its definition', () => {
  let env: Awaited<ReturnType<typeof storeBuiltByVersion1>>;
  beforeAll(async () => {
    env = await storeBuiltByVersion1('upgrade');
  });
  afterAll(() => env.close());

  it('rebuilds it into a generation of the new version, answering from the old one until the switch', async () => {
    const seen: Promise<unknown[]>[] = [];
    const upgrade = startProjectionUpgrade(env.store, env.pool, [tallyV2], {
      batchSize: 4,
      onProgress: () => seen.push(env.answers()),
    });
    const outcome = await upgrade.done;

    expect(outcome).toMatchObject({
      kind: 'rebuilt',
      outdated: [{ name: 'tally', built: 1, version: 2 }],
      result: { projections: [{ name: 'tally', generation: 2, replaced: 1 }], events: 30 },
    });
    // Progress is told after every batch, and once more when caught up, after the switch. Its
    // reads are three statements that run on while the upgrade goes on, so the last batch's
    // may straddle the switch: each row is then the old generation's or the new one's, whole,
    // and never old again once new.
    const answers = await Promise.all(seen);
    const during = answers.slice(0, -1);
    expect(during.filter((answer) => isEqual(answer, OLD_ROWS)).length).toBeGreaterThan(5);
    for (const [row, old] of OLD_ROWS.entries()) {
      const versions = during.map((answer) =>
        isEqual(answer[row], old) ? 'old' : isEqual(answer[row], NEW_ROWS[row]) ? 'new' : answer[row],
      );
      const firstNew = versions.indexOf('new');
      expect(versions).toEqual(versions.map((_, i) => (firstNew >= 0 && i >= firstNew ? 'new' : 'old')));
    }
    expect(answers.at(-1)).toEqual(NEW_ROWS);
    expect(await env.answers()).toEqual(NEW_ROWS);
    expect(await env.generations()).toEqual([
      { generation: 1, version: 1, active: false, rows: 0 },
      { generation: 2, version: 2, active: true, rows: 3 },
    ]);
  });

  it('does nothing on the next start', async () => {
    expect(await upgradeProjections(env.store, env.pool, [tallyV2])).toEqual({ kind: 'current' });
    expect(await env.generations()).toEqual([
      { generation: 1, version: 1, active: false, rows: 0 },
      { generation: 2, version: 2, active: true, rows: 3 },
    ]);
  });
});

describe('two processes that start together', () => {
  it('rebuild the read model once', async () => {
    const env = await storeBuiltByVersion1('upgrade-twice');
    const busy: string[] = [];
    const starts = ['one', 'two'].map((name) =>
      startProjectionUpgrade(env.store, env.pool, [tallyV2], {
        batchSize: 4,
        retryMs: 20,
        onBusy: () => busy.push(name),
      }),
    );
    const outcomes = await Promise.all(starts.map((s) => s.done));

    expect(outcomes.map((o) => o.kind).sort()).toEqual(['current', 'rebuilt']);
    expect(await env.generations()).toEqual([
      { generation: 1, version: 1, active: false, rows: 0 },
      { generation: 2, version: 2, active: true, rows: 3 },
    ]);
    expect(await env.answers()).toEqual(NEW_ROWS);
    await env.close();
  });
});

describe('a start that dies during the rebuild', () => {
  it('leaves the old generation answering, and the next start rebuilds cleanly', async () => {
    const env = await storeBuiltByVersion1('upgrade-crash');
    let applied = 0;
    const crashing: Projection<{ count: number; seen: boolean }> = {
      ...tallyV2,
      evolve: (doc, event, key) => {
        applied += 1;
        if (applied === 12) throw new Error('the process dies here');
        return tallyV2.evolve(doc, event, key);
      },
    };
    await expect(upgradeProjections(env.store, env.pool, [crashing], { batchSize: 4 })).rejects.toThrow(
      'the process dies here',
    );
    expect(await env.answers()).toEqual(OLD_ROWS);
    expect((await env.generations()).filter((g) => !g.active && g.rows > 0)).toHaveLength(1);

    const outcome: UpgradeOutcome = await upgradeProjections(env.store, env.pool, [tallyV2], { batchSize: 4 });
    expect(outcome.kind).toBe('rebuilt');
    expect(await env.answers()).toEqual(NEW_ROWS);
    expect(await env.generations()).toEqual([
      { generation: 1, version: 1, active: false, rows: 0 },
      { generation: 2, version: 2, active: true, rows: 3 },
    ]);
    await env.close();
  });

  it('stops at the next batch when the process stops, and the next start rebuilds', async () => {
    const env = await storeBuiltByVersion1('upgrade-stop');
    let stopping: Promise<void> | undefined;
    const upgrade = startProjectionUpgrade(env.store, env.pool, [tallyV2], {
      batchSize: 4,
      onProgress: () => {
        stopping ??= upgrade.stop();
      },
    });
    expect(await upgrade.done).toEqual({ kind: 'stopped' });
    await stopping;
    expect(await env.answers()).toEqual(OLD_ROWS);
    expect((await env.generations()).find((g) => g.active)).toMatchObject({ generation: 1, version: 1 });

    expect((await startProjectionUpgrade(env.store, env.pool, [tallyV2]).done).kind).toBe('rebuilt');
    expect(await env.answers()).toEqual(NEW_ROWS);
    await env.close();
  });
});

describe('generations written before versions existed', () => {
  it('count as built by version 1', async () => {
    const env = await storeBuiltByVersion1('upgrade-unversioned');
    await env.pool.query(`INSERT INTO projection_generations (projection, generation, active) VALUES ('old', 1, true)`);
    const { rows } = await env.pool.query(`SELECT version FROM projection_generations WHERE projection = 'old'`);
    expect(rows).toEqual([{ version: 1 }]);
    await env.close();
  });
});
