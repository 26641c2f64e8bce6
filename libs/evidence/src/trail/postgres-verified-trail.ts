import type { Pool } from 'pg';
import type { BrokenLink, GlobalPosition, StreamRevision } from '#event-store';
import { summarise, type TrailSummary, type VerifiedStream, type VerifiedTrailStore } from './verified-trail';

/** Serialises the saves of concurrent requests; one that finds it taken leaves its work unsaved. */
const SAVE_LOCK = 727_031;

interface StreamRow {
  stream_id: string;
  owners: string[];
  first_event_broken: boolean;
  checked: number;
  unchained: number;
  last_revision: string;
  last_position: string | null;
  first_broken: (Omit<BrokenLink, 'position'> & { position: string | null }) | null;
}

/** {@link VerifiedTrailStore} in the evidence room's tables (migration 1766300000001). */
export class PostgresVerifiedTrail implements VerifiedTrailStore {
  constructor(private readonly database: Pool) {}

  async throughPosition(): Promise<GlobalPosition | null> {
    const { rows } = await this.database.query<{ through_position: string | null }>(
      'SELECT through_position FROM evidence_trail_state',
    );
    const through = rows[0]?.through_position;
    return through === null || through === undefined ? null : BigInt(through);
  }

  async lastRevisions(): Promise<Map<string, StreamRevision>> {
    const { rows } = await this.database.query<{ stream_id: string; last_revision: string }>(
      'SELECT stream_id, last_revision FROM evidence_trail_streams',
    );
    return new Map(rows.map((row) => [row.stream_id, Number(row.last_revision)]));
  }

  async save(throughPosition: GlobalPosition | null, streams: readonly VerifiedStream[]): Promise<void> {
    const client = await this.database.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS locked', [
        SAVE_LOCK,
      ]);
      if (!rows[0]?.locked) {
        await client.query('ROLLBACK');
        return;
      }
      for (const stream of streams) {
        await client.query(
          `INSERT INTO evidence_trail_streams
             (stream_id, owners, first_event_broken, checked, unchained, last_revision, last_position, first_broken)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (stream_id) DO UPDATE SET owners = EXCLUDED.owners,
             first_event_broken = EXCLUDED.first_event_broken, checked = EXCLUDED.checked,
             unchained = EXCLUDED.unchained, last_revision = EXCLUDED.last_revision,
             last_position = EXCLUDED.last_position, first_broken = EXCLUDED.first_broken`,
          [
            stream.streamId,
            stream.owners,
            stream.firstEventBroken,
            stream.checked,
            stream.unchained,
            stream.lastRevision,
            stream.lastPosition?.toString() ?? null,
            stream.firstBroken
              ? JSON.stringify({ ...stream.firstBroken, position: stream.firstBroken.position?.toString() ?? null })
              : null,
          ],
        );
      }
      if (throughPosition !== null) {
        await client.query(
          `UPDATE evidence_trail_state SET through_position = $1
           WHERE through_position IS NULL OR through_position < $1`,
          [throughPosition.toString()],
        );
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * The totals are summed in PostgreSQL; only broken streams come back row by row. Cost grows
   * with the number of streams, never with the number of events.
   */
  async summary(municipalities: readonly string[]): Promise<TrailSummary> {
    const scope = `first_event_broken OR cardinality(owners) = 0 OR owners && $1::text[]`;
    const { rows } = await this.database.query<{
      checked: string;
      unchained: string;
      streams: string;
      through: string | null;
    }>(
      `SELECT coalesce(sum(checked), 0)::text AS checked, coalesce(sum(unchained), 0)::text AS unchained,
              count(*)::text AS streams, max(last_position)::text AS through
       FROM evidence_trail_streams WHERE ${scope}`,
      [municipalities],
    );
    const broken = await this.database.query<StreamRow>(
      `SELECT * FROM evidence_trail_streams WHERE first_broken IS NOT NULL AND (${scope})`,
      [municipalities],
    );
    const totals = rows[0];
    const { firstBroken } = summarise(broken.rows.map(toStream), municipalities);
    return {
      checked: Number(totals?.checked ?? 0),
      unchained: Number(totals?.unchained ?? 0),
      streams: Number(totals?.streams ?? 0),
      throughPosition: totals?.through == null ? null : BigInt(totals.through),
      firstBroken,
    };
  }
}

function toStream(row: StreamRow): VerifiedStream {
  const broken = row.first_broken;
  return {
    streamId: row.stream_id,
    owners: row.owners,
    firstEventBroken: row.first_event_broken,
    checked: row.checked,
    unchained: row.unchained,
    lastRevision: Number(row.last_revision),
    lastPosition: row.last_position === null ? null : BigInt(row.last_position),
    firstBroken: broken ? { ...broken, position: broken.position === null ? null : BigInt(broken.position) } : null,
  };
}
