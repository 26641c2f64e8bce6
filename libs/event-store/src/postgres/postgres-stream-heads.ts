import type { Pool } from 'pg';
import type { StreamRevision } from '../event-envelope';
import type { StreamHead, StreamHeads } from '../audit/stream-heads';

const PAGE = 5_000;

/** Stream heads from `es_streams`, the revision every append updates in its transaction. */
export class PostgresStreamHeads implements StreamHeads {
  constructor(private readonly pool: Pool) {}

  async headOf(streamId: string): Promise<StreamRevision | null> {
    const { rows } = await this.pool.query<{ revision: string }>(
      'SELECT revision::text FROM es_streams WHERE stream_id = $1',
      [streamId],
    );
    const revision = rows[0]?.revision;
    return revision === undefined ? null : Number(revision);
  }

  async *all(): AsyncIterable<StreamHead> {
    let after = '';
    for (;;) {
      const { rows } = await this.pool.query<{ stream_id: string; revision: string }>(
        // COLLATE "C": the keyset order must be the byte order the comparison uses.
        `SELECT stream_id, revision::text FROM es_streams
         WHERE stream_id COLLATE "C" > $1 ORDER BY stream_id COLLATE "C" LIMIT $2`,
        [after, PAGE],
      );
      for (const row of rows) yield { streamId: row.stream_id, revision: Number(row.revision) };
      const last = rows.at(-1);
      if (!last || rows.length < PAGE) return;
      after = last.stream_id;
    }
  }
}
