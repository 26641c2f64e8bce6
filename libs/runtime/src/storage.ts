import { join } from 'node:path';
import { Pool, type PoolConfig } from 'pg';
import type { Logger } from 'pino';
import { loadEvidenceConfig, type AppConfig, type EvidenceConfig } from '#config';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '#embedded-postgres';
import { AuditChainEventStore, type AppendSignal, type EventStore, type StreamHeads } from '#event-store';
import { migrateEventStore, PostgresEventStore, PostgresStreamHeads } from '#event-store/postgres';
import { migrateEvidence } from '#evidence';
import { migrateDocuments } from '#documents';
import { grantLeastPrivilege } from '#migrations';
import {
  CryptoShreddingEventStore,
  ErasureLedger,
  loadMasterKey,
  MasterKeyWrapper,
  migratePrivacy,
  PersonKeyStore,
} from '#privacy';
import { migrateNotifications } from '#notifications';
import { migrateProjections, ReadModelChanges } from '#projections';
import { migrateSessions } from '#sessions';
import type { ProjectorStorage } from './start-projector';
import { checkNotBehindCheckpoint, checkTransactionCounter, FolderCheckpointSource } from './startup-checks';

export type EventStoreAdapter = 'postgres' | 'eventstoredb';

/** Where events and read models live for this process, and how to let go of them. */
export interface Storage {
  /** Personal data goes in sealed and comes out plain, or erased once forgotten. */
  readonly eventStore: EventStore;
  readonly eventStoreAdapter: EventStoreAdapter;
  /**
   * The same events with personal data still sealed: projections fold these, so no read
   * model ever holds a plain name, and forgetting a person reaches every read model at once.
   */
  readonly sealedEventStore: EventStore;
  /**
   * The store's own record of each stream's revision, for audit-trail verification; only the
   * PostgreSQL adapter keeps one apart from the events.
   */
  readonly streamHeads?: StreamHeads;
  /** Word of committed appends, where the adapter has it: projections wake on it. */
  readonly appendSignal?: AppendSignal;
  /** Per-person keys (in PostgreSQL, whichever store holds the events). */
  readonly personKeys: PersonKeyStore;
  /** PostgreSQL for read models (and for events with the PostgreSQL adapter), as the application's role. */
  readonly database: Pool;
  /** Its address (credentials included: never log it). */
  readonly databaseUrl: string;
  /**
   * PostgreSQL as the projector's role, the one that may write read models (ADR 32); the
   * same pool as `database` when one role does everything.
   */
  readonly readModelDatabase: Pool;
  /** Its address (credentials included: never log it), for a projector thread that connects on its own. */
  readonly projectorDatabaseUrl: string;
  readonly embedded: boolean;
  /** A cheap round trip to PostgreSQL, for health checks; throws when it cannot be reached. */
  pingDatabase(): Promise<void>;
  /** How many events the store holds; only PostgreSQL counts them cheaply. */
  readonly countEvents?: () => Promise<number>;
  /** Where evidence checkpoints are signed and kept (ADR 0030). */
  readonly evidence: EvidenceConfig;
  /** Word of the read models' commits, heard on a connection of its own: queries keep answers until the next (ADR 52). */
  readonly readModelChanges?: ReadModelChanges;
  close(): Promise<void>;
}

export async function openStorage(config: AppConfig, logger: Logger): Promise<Storage> {
  const embedded = config.databaseUrl ? null : await startEmbedded(config, logger);
  const urls = roleUrls(config, embedded);
  const databaseUrl = urls.app;
  try {
    // Every migration runs as the schema's owner (ADR 32): tables it makes are granted to the
    // application's roles by default, and only the owner may change the schema.
    const ownerUrl = urls.owner;
    await migratePrivacy(ownerUrl);
    await migrateProjections(ownerUrl);
    await migrateEvidence(ownerUrl);
    await migrateSessions(ownerUrl);
    await migrateNotifications(ownerUrl);
    await migrateDocuments(ownerUrl);
    // Before any reader starts: a long migration transaction would hold every reader behind its transaction id.
    if (!config.eventStoreUrl) await migrateEventStore(ownerUrl);
    if (urls.split) await grantLeastPrivilege(ownerUrl, { app: userOf(urls.app), projector: userOf(urls.projector) });
    const database = openPool(databaseUrl, logger, { max: 10 });
    const readModelDatabase = urls.split ? openPool(urls.projector, logger, { max: 4 }) : database;
    const opened = await connectEventStore(config.eventStoreUrl, databaseUrl).catch(async (error: unknown) => {
      await endPools(database, readModelDatabase);
      throw error;
    });
    const keyCommits = opened.adapter === 'postgres' ? keysFlushedByNextAppend(databaseUrl, logger) : undefined;
    const erasureLedger = new ErasureLedger(config.erasureLedgerDir ?? join(config.dataDir, 'erasure-ledger'));
    const personKeys = new PersonKeyStore(database, {
      ...(keyCommits ? { keysFlushedByNextAppend: keyCommits } : {}),
      wrapper: new MasterKeyWrapper(() =>
        loadMasterKey(config.personKeyMasterKey, join(config.dataDir, 'person-key-master.key')),
      ),
      erasureLedger,
    });
    await prepareBeforeServing(config, opened.adapter, database, personKeys, erasureLedger, logger).catch(
      async (error: unknown) => {
        await opened.eventStore.close();
        await keyCommits?.end();
        await endPools(database, readModelDatabase);
        throw error;
      },
    );
    // Beneath the sealing, so the hash chain covers personal data as stored (ADR 0010).
    const sealedEventStore = new AuditChainEventStore(opened.eventStore);
    // On PostgreSQL the keys live beside the events, so a new person's key is stored by the append itself.
    const eventStore = new CryptoShreddingEventStore(sealedEventStore, personKeys, {
      keysWithAppend: opened.adapter === 'postgres',
    });
    const adapter = opened.adapter;
    // Only a process that answers queries keeps answers (ADR 52): a projector-only one opens no listener.
    const readModelChanges = config.role === 'projector' ? undefined : new ReadModelChanges(databaseUrl);
    await readModelChanges?.ready();
    logger.info({ eventStore: adapter, embeddedPostgres: embedded !== null }, 'storage ready');
    return {
      eventStore,
      eventStoreAdapter: adapter,
      sealedEventStore,
      evidence: loadEvidenceConfig(process.env, config.dataDir),
      ...(adapter === 'postgres'
        ? { streamHeads: new PostgresStreamHeads(database), countEvents: () => countPostgresEvents(database) }
        : {}),
      ...(opened.appendSignal ? { appendSignal: opened.appendSignal } : {}),
      personKeys,
      database,
      databaseUrl,
      readModelDatabase,
      projectorDatabaseUrl: urls.projector,
      embedded: embedded !== null,
      pingDatabase: async () => {
        await database.query('SELECT 1');
      },
      ...(readModelChanges ? { readModelChanges } : {}),
      close: async () => {
        await readModelChanges?.close();
        await eventStore.close();
        await keyCommits?.end();
        await endPools(database, readModelDatabase);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/**
 * What must hold before a request is served (ADR 33): the store is neither behind the
 * server's transaction ids nor behind its last signed checkpoint, forgotten people stay
 * forgotten whatever backup was restored, and keys from before wrapping are wrapped.
 */
async function prepareBeforeServing(
  config: AppConfig,
  adapter: EventStoreAdapter,
  database: Pool,
  personKeys: PersonKeyStore,
  erasureLedger: ErasureLedger,
  logger: Logger,
): Promise<void> {
  if (adapter === 'postgres') {
    await checkTransactionCounter(database);
    const checkpoints = config.evidenceCheckpointDir ?? join(config.dataDir, 'evidence', 'checkpoints');
    await checkNotBehindCheckpoint(database, new FolderCheckpointSource(checkpoints));
  }
  const forgotten = await personKeys.forgetAll(await erasureLedger.forgottenIds());
  if (forgotten > 0) logger.warn({ people: forgotten }, 'destroyed again the keys of people the erasure ledger lists');
  const wrapped = await personKeys.wrapPlainKeys();
  if (wrapped > 0) logger.info({ keys: wrapped }, 'wrapped person keys stored before key wrapping');
}

interface RoleUrls {
  readonly owner: string;
  readonly app: string;
  readonly projector: string;
  /** Whether the application connects as a role other than the owner, so grants are due. */
  readonly split: boolean;
}

/**
 * The embedded default makes and uses all three roles; an external PostgreSQL uses those the
 * settings name, `DATABASE_URL` standing in for any not named (one role doing everything).
 */
function roleUrls(config: AppConfig, embedded: EmbeddedPostgres | null): RoleUrls {
  const app = config.databaseUrl ?? (embedded as EmbeddedPostgres).urlAs('app');
  const owner = config.databaseOwnerUrl ?? (config.databaseUrl ? app : (embedded as EmbeddedPostgres).urlAs('owner'));
  const projector =
    config.databaseProjectorUrl ?? (config.databaseUrl ? app : (embedded as EmbeddedPostgres).urlAs('projector'));
  return { owner, app, projector, split: userOf(owner) !== userOf(app) };
}

function userOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

async function endPools(...pools: Pool[]): Promise<void> {
  for (const pool of new Set(pools)) await pool.end();
}

async function countPostgresEvents(database: Pool): Promise<number> {
  const { rows } = await database.query<{ events: string }>('SELECT count(*)::text AS events FROM es_events');
  return Number(rows[0]?.events ?? 0);
}

/**
 * Connections that commit new person keys without waiting for the WAL flush: with the events in
 * the same database, the append that follows each key flushes it (see `PersonKeyStoreOptions`),
 * so a command waits for one flush instead of two.
 */
function keysFlushedByNextAppend(databaseUrl: string, logger: Logger): Pool {
  return openPool(databaseUrl, logger, { max: 4, options: '-c synchronous_commit=off' });
}

function openPool(databaseUrl: string, logger: Logger, options: Omit<PoolConfig, 'connectionString'>): Pool {
  const pool = new Pool({ connectionString: databaseUrl, ...options });
  // Without a listener, a database that goes away takes the whole process with it.
  pool.on('error', (error) => logger.warn({ err: error }, 'database connection lost'));
  return pool;
}

async function startEmbedded(config: AppConfig, logger: Logger): Promise<EmbeddedPostgres> {
  logger.info({ dataDir: config.dataDir }, 'starting embedded PostgreSQL');
  return startEmbeddedPostgres({
    dataDir: config.dataDir,
    database: 'participation',
    onLog: (line) => logger.debug({ component: 'embedded-postgres' }, line),
  });
}

interface ConnectedEventStore {
  readonly eventStore: EventStore;
  readonly adapter: EventStoreAdapter;
  readonly appendSignal?: AppendSignal;
}

/** Where a projector thread finds storage that `openStorage` has prepared in its process. */
export interface ProjectorStorageAddress {
  /** Credentials included: never log it. */
  readonly databaseUrl: string;
  readonly eventStoreUrl?: string;
  /**
   * The evidence settings as the process resolved them, handed over rather than re-read: its
   * data folder may come from the caller, not the environment (tests, the CLI).
   */
  readonly evidence: EvidenceConfig;
}

/**
 * Storage for a thread that only projects, opened on its own connections once `openStorage`
 * has migrated everything elsewhere. The adapter comes without decorators: the audit chain
 * passes `$all` through untouched, and personal data stays sealed.
 */
export async function connectProjectorStorage(
  { databaseUrl, eventStoreUrl, evidence }: ProjectorStorageAddress,
  logger: Logger,
): Promise<ProjectorStorage & { close(): Promise<void> }> {
  const { eventStore, appendSignal } = await connectEventStore(eventStoreUrl, databaseUrl);
  const database = openPool(databaseUrl, logger, { max: 2 });
  return {
    sealedEventStore: eventStore,
    database,
    evidence,
    ...(appendSignal ? { appendSignal } : {}),
    close: async () => {
      await eventStore.close();
      await database.end();
    },
  };
}

/** The configured adapter on its own (EventStoreDB at `eventStoreUrl`, else PostgreSQL). */
async function connectEventStore(eventStoreUrl: string | undefined, databaseUrl: string): Promise<ConnectedEventStore> {
  if (eventStoreUrl) {
    // Loaded only when asked for: the embedded default never pays for the gRPC client.
    const { createEventStoreDbEventStore } = await import('#event-store/eventstoredb');
    return { eventStore: createEventStoreDbEventStore(eventStoreUrl), adapter: 'eventstoredb' };
  }
  const eventStore = new PostgresEventStore({ connectionString: databaseUrl });
  return { eventStore, adapter: 'postgres', appendSignal: eventStore.appendSignal() };
}
