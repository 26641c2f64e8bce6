import type { Pool } from 'pg';

/**
 * Waits until the reactions have passed the store's last event and nothing in the outbox is
 * waiting to be sent. The reactions gather appends before each batch, so a story's messages are
 * written in more than one batch: waiting for the first ones alone reads a partial outbox.
 */
export async function outboxSettled(pool: Pool): Promise<void> {
  for (;;) {
    const { rows } = await pool.query<{ behind: boolean | null; waiting: number }>(
      `SELECT (SELECT min(position) FROM notification_checkpoints) < (SELECT max(position) FROM es_events) AS behind,
              (SELECT count(*) FROM notification_outbox WHERE status IN ('pending', 'sending'))::int AS waiting`,
    );
    if (rows[0]?.behind === false && rows[0].waiting === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
