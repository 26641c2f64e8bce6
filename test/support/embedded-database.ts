import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Pool } from 'pg';
import type { EventStore, RecordedEvent } from '#event-store';

/** The embedded server's address, as the API left it in DATA_DIR (credentials file and postmaster.pid). */
export async function embeddedUrl(dataDir: string): Promise<string | null> {
  const pid = await readFile(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').catch(() => null);
  const credentials = await readFile(join(dataDir, 'embedded-postgres.json'), 'utf8').catch(() => null);
  const port = pid?.split('\n')[3]?.trim();
  if (!port || !credentials) return null;
  const { user, password } = JSON.parse(credentials) as { user: string; password: string };
  return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/participation`;
}

/** Every row of the active read-model generations, keyed by projection and id. */
export async function activeRows(pool: Pool): Promise<Map<string, { doc: unknown; position: string }>> {
  const { rows } = await pool.query<{ projection: string; id: string; doc: unknown; position: string }>(
    `SELECT r.projection, r.id, r.doc, r.position::text FROM read_model_rows r
     JOIN projection_generations g ON g.projection = r.projection AND g.generation = r.generation AND g.active`,
  );
  return new Map(rows.map((r) => [`${r.projection}/${r.id}`, { doc: r.doc, position: r.position }]));
}

/** The whole of `$all`, in order. */
export async function readEverything(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (;;) {
    const batch = await store.readAll({
      maxCount: 1_000,
      ...(events.length ? { after: events.at(-1)?.position } : {}),
    });
    if (batch.length === 0) return events;
    events.push(...batch);
  }
}
