import { Pool } from 'pg';
import { PostgresEventStore } from '#event-store/postgres';
import { READ_MODEL_PROJECTIONS, rebuildProjections } from '#projections';
import { ratio, round, type Figure } from './figures';

/** The adapter's page size for `$all`, so the bare read pages as a reader of the store would. */
const PAGE = 10_000;

/** Every event in position order, keyset-paged, rows parsed: what any reader must at least do. */
async function bareOrderedRead(pool: Pool): Promise<number> {
  let after = '-1';
  let read = 0;
  for (;;) {
    const { rows } = await pool.query<{ position: string }>(
      `SELECT position::text, stream_id, stream_revision, event_id, type, data, metadata, recorded_at
       FROM es_events WHERE position > $1 ORDER BY position LIMIT $2`,
      [after, PAGE],
    );
    read += rows.length;
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return read;
    after = last.position;
  }
}

/**
 * P3: rebuilds every read model from the whole store (replay into a new generation, switch),
 * beside a bare ordered read of the same events, read once before and once after it.
 */
export async function runP3(url: string, events: number, log: (line: string) => void): Promise<Figure> {
  const pool = new Pool({ connectionString: url, max: 4 });
  pool.on('error', () => undefined);
  const store = new PostgresEventStore({ connectionString: url });
  try {
    const bare = async (): Promise<number> => {
      const started = performance.now();
      const count = await bareOrderedRead(pool);
      const rate = count / ((performance.now() - started) / 1000);
      log(`P3 bare ordered read: ${count} events, ${Math.round(rate)}/s`);
      return rate;
    };
    const bareBefore = await bare();
    let reported = 0;
    const result = await rebuildProjections(store, pool, READ_MODEL_PROJECTIONS, {
      onProgress: (progress) => {
        if (progress.done - reported < 100_000) return;
        reported = progress.done;
        log(`P3 rebuild: ${progress.done} of ${progress.total} events, ${progress.eventsPerSecond}/s`);
      },
    });
    const rebuildRate = result.events / (result.elapsedMs / 1000);
    log(`P3 rebuild: ${result.events} events in ${result.elapsedMs} ms, ${Math.round(rebuildRate)}/s`);
    // The baseline is the better of a read before and one after: the ratio errs against us.
    const bareRate = Math.max(bareBefore, await bare());
    const value = round(rebuildRate, 0);
    const baseline = round(bareRate, 0);
    const r = ratio(value, baseline);
    return {
      id: 'P3',
      name: `rebuild of every read model, ${events} events`,
      value,
      unit: 'events/s',
      baseline,
      baselineName: 'bare ordered read of the same events',
      ratio: r,
      target: '>= 0.15x bare ordered read',
      met: r >= 0.15,
      details: {
        events: result.events,
        rebuildMs: result.elapsedMs,
        bareReadsPerSecond: 'best of one read before and one after the rebuild',
        projections: READ_MODEL_PROJECTIONS.map((p) => p.name),
      },
    };
  } finally {
    await store.close();
    await pool.end();
  }
}
