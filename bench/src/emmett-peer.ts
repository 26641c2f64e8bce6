import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Pool, PoolConfig } from 'pg';
import { EMMETT_PEER_DIR } from './paths';

/** The part of Emmett's PostgreSQL event store that P1 uses. */
export interface EmmettEventStore {
  appendToStream(
    streamName: string,
    events: { type: string; data: unknown; metadata?: Record<string, unknown> }[],
    options?: { expectedStreamVersion?: bigint },
  ): Promise<{ nextExpectedStreamVersion: bigint }>;
  close(): Promise<void>;
}

interface EmmettPostgresModule {
  getPostgreSQLEventStore(connectionString: string, options: { connectionOptions: { pool: Pool } }): EmmettEventStore;
}

/**
 * Emmett lives in a package of its own (`bench/peers/emmett`): its peer commander@^12 conflicts
 * with the root's ^14. Installed from its lock file on first use, loaded from there, with the
 * `pg` it was installed with.
 */
export function loadEmmett(): {
  store(connectionString: string, poolSize: number): { store: EmmettEventStore; pool: Pool };
  version: string;
} {
  if (!existsSync(join(EMMETT_PEER_DIR, 'node_modules', '@event-driven-io', 'emmett-postgresql'))) {
    const installed = spawnSync('npm', ['ci', '--prefix', EMMETT_PEER_DIR, '--no-audit', '--no-fund'], {
      stdio: 'inherit',
    });
    if (installed.status !== 0) throw new Error(`npm ci --prefix ${EMMETT_PEER_DIR} failed`);
  }
  const peerRequire = createRequire(join(EMMETT_PEER_DIR, 'package.json'));
  const emmett = peerRequire('@event-driven-io/emmett-postgresql') as EmmettPostgresModule;
  const pg = peerRequire('pg') as { Pool: new (config: PoolConfig) => Pool };
  const manifest = join(EMMETT_PEER_DIR, 'node_modules', '@event-driven-io', 'emmett-postgresql', 'package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return {
    version,
    store: (connectionString, poolSize) => {
      const pool = new pg.Pool({ connectionString, max: poolSize });
      pool.on('error', () => undefined);
      return { store: emmett.getPostgreSQLEventStore(connectionString, { connectionOptions: { pool } }), pool };
    },
  };
}
