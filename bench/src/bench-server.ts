import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '#embedded-postgres';

/** The embedded PostgreSQL a bench run owns: its own data directory under /tmp, fsync on (the default). */
export interface BenchServer {
  readonly server: EmbeddedPostgres;
  /** Creates an empty database and answers its URL. */
  database(name: string): Promise<string>;
  /** `SHOW` of a setting, for the machine description. */
  setting(name: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startBenchServer(): Promise<BenchServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'participation-bench-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, database: 'postgres' });
  const admin = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: server.connectionString });
    client.on('error', () => undefined);
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    server,
    database: async (name) => {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      await admin((c) => c.query(`CREATE DATABASE ${name}`));
      return server.urlFor(name);
    },
    setting: (name) =>
      admin(async (c) => {
        const { rows } = await c.query<Record<string, string>>(`SHOW ${name}`);
        return Object.values(rows[0] ?? {})[0] ?? 'unknown';
      }),
    stop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
