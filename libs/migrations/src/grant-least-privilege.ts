import { Client } from 'pg';

/** The roles, beside the owner that runs the migrations, that the application connects as. */
export interface ApplicationRoles {
  /** The API and CLI: commands, queries, sessions, keys; appends only through `es_append`. */
  readonly app: string;
  /** The projector: reads the events, writes the read models. */
  readonly projector: string;
}

/** Advisory lock key: one process grants while another starting at the same time waits. */
const GRANT_LOCK = 727_000;

/** Tables of the event store: read by every role, written only by the owner's functions. */
const EVENT_STORE_TABLES = ['es_events', 'es_streams'] as const;

/** The append functions the application calls (the event store's migrations 1766400000000, 1767200000000). */
const APPEND_FUNCTIONS = [
  'es_append(text, text, bigint, uuid[], text[], jsonb[], jsonb[])',
  'es_append_one_at_revision(text, bigint, uuid, text, jsonb, jsonb)',
  'es_append_one_to_new_stream(text, bigint, uuid, text, jsonb, jsonb)',
  'es_append_batch(text[], bigint[], uuid[], text[], jsonb[], jsonb[])',
] as const;

/** Read models: the projector's to write, the application's to read. */
const READ_MODEL_TABLES = ['read_model_rows', 'projection_generations'] as const;

/**
 * Grants the application's roles what they need on the owner's schema, after every migration
 * ran as the owner (ADR 32). Tables are granted by default, now and for every table a later
 * migration of any room creates (`ALTER DEFAULT PRIVILEGES`), so a new room's tables work
 * without a step here; only the event store and the read models are narrowed, by name.
 * Idempotent: every start runs it, in one transaction.
 */
export async function grantLeastPrivilege(ownerUrl: string, roles: ApplicationRoles): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const app = client.escapeIdentifier(roles.app);
    const projector = client.escapeIdentifier(roles.projector);
    const both = `${app}, ${projector}`;
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [GRANT_LOCK]);
    const { rows } = await client.query<{ schema: string }>('SELECT quote_ident(current_schema()) AS schema');
    const schema = rows[0]?.schema ?? 'public';
    await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${both}`);
    await client.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${both}`,
    );
    await client.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${both}`,
    );
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${both}`);
    await client.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${schema} TO ${both}`);
    const eventStore = await existing(client, EVENT_STORE_TABLES);
    if (eventStore.length > 0) {
      await client.query(`REVOKE ALL ON ${eventStore.join(', ')} FROM PUBLIC, ${both}`);
      await client.query(`GRANT SELECT ON ${eventStore.join(', ')} TO ${both}`);
      for (const fn of APPEND_FUNCTIONS) {
        await client.query(`REVOKE EXECUTE ON FUNCTION ${fn} FROM PUBLIC, ${projector}`);
        await client.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${app}`);
      }
    }
    const readModels = await existing(client, READ_MODEL_TABLES);
    if (readModels.length > 0) {
      await client.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${readModels.join(', ')} FROM ${app}`);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function existing(client: Client, tables: readonly string[]): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    'SELECT t AS name FROM unnest($1::text[]) AS t WHERE to_regclass(t) IS NOT NULL',
    [tables],
  );
  return rows.map((r) => r.name);
}
