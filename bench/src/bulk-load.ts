import type { Pool } from 'pg';
import type { BufferedPersonKeys } from './buffered-person-keys';

/** An event ready for the store, its JSON already serialised. */
export interface LoadRow {
  readonly streamId: string;
  readonly streamRevision: number;
  readonly eventId: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
  readonly recordedAt: string;
}

/**
 * Writes generated events as the PostgreSQL adapter stores them, many per transaction: each
 * batch's positions are derived from its transaction id and ordinal, exactly as `es_append`
 * derives them, so readers, checkpoints and the visibility barrier behave as on a live store.
 * Stream revisions come from the generator, which ran every append against its stream.
 */
export async function bulkLoad(pool: Pool, keys: BufferedPersonKeys, rows: readonly LoadRow[]): Promise<void> {
  if (rows.length === 0) return;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await keys.save(client);
    await client.query(
      `INSERT INTO es_events (position, transaction_id, stream_id, stream_revision, event_id, type, data, metadata, recorded_at)
       SELECT pg_current_xact_id()::text::bigint * 1048576 + e.ord - 1, pg_current_xact_id(),
              e.stream_id, e.stream_revision, e.event_id, e.type, e.data, e.metadata, e.recorded_at
       FROM unnest($1::text[], $2::bigint[], $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[], $7::timestamptz[])
            WITH ORDINALITY AS e(stream_id, stream_revision, event_id, type, data, metadata, recorded_at, ord)`,
      [
        rows.map((e) => e.streamId),
        rows.map((e) => e.streamRevision),
        rows.map((e) => e.eventId),
        rows.map((e) => e.type),
        rows.map((e) => e.data),
        rows.map((e) => e.metadata),
        rows.map((e) => e.recordedAt),
      ],
    );
    const lastRevision = new Map<string, number>();
    for (const row of rows) lastRevision.set(row.streamId, row.streamRevision);
    await client.query(
      `INSERT INTO es_streams AS s (stream_id, revision) SELECT * FROM unnest($1::text[], $2::bigint[])
       ON CONFLICT (stream_id) DO UPDATE SET revision = greatest(s.revision, excluded.revision)`,
      [[...lastRevision.keys()], [...lastRevision.values()]],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
