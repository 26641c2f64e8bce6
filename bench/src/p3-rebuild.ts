import { Pool } from 'pg';
import { PostgresEventStore } from '#event-store/postgres';
import { READ_MODEL_PROJECTIONS, rebuildProjections } from '#projections';
import { ratio, round, type Figure } from './figures';

/** Rows per FETCH. */
const FETCH = 10_000;

/**
 * Every event in position order through one server-side cursor, rows parsed as the adapter
 * parses them: the least any reader of the whole store must do. (Keyset pages of 10,000 made
 * the planner sort the remaining table for every page, a slower baseline than the rebuild.)
 */
async function bareOrderedRead(pool: Pool): Promise<number> {
  const client = await pool.connect();
  let read = 0;
  try {
    await client.query('BEGIN READ ONLY');
    await client.query(
      `DECLARE all_events NO SCROLL CURSOR FOR
       SELECT position, stream_id, stream_revision, event_id, type, data, metadata, recorded_at
       FROM es_events ORDER BY position`,
    );
    for (;;) {
      const { rows } = await client.query(`FETCH ${FETCH} FROM all_events`);
      read += rows.length;
      if (rows.length < FETCH) break;
    }
    await client.query('COMMIT');
    return read;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
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
      // The generator counted them; an estimate from positions swings widely on its bulk-written store.
      countEvents: () => Promise.resolve(events),
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
