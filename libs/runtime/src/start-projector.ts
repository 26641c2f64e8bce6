import type { Pool } from 'pg';
import type { Logger } from 'pino';
import type { EvidenceConfig } from '#config';
import { SharedAllReads, type AppendSignal, type EventStore } from '#event-store';
import { loadNotificationConfig, startNotifications, type RunningNotifications } from '#notifications';
import type { PersonKeyStore } from '#privacy';
import {
  activeGenerations,
  ProjectionRunner,
  READ_MODEL_PROJECTIONS,
  startProjectionUpgrade,
  type RebuildProgress,
  type RunningUpgrade,
  type UpgradeOutcome,
} from '#projections';
import { startEvidence } from './start-evidence';

/** What the projector reads and where it writes; an open `Storage` is one. */
export interface ProjectorStorage {
  /** The events as stored, personal data sealed: no read model ever holds a plain name. */
  readonly sealedEventStore: EventStore;
  /** PostgreSQL, where the read models and their checkpoints live. */
  readonly database: Pool;
  /** The same as the role that may write read models (ADR 32), when that is another role than `database`'s. */
  readonly readModelDatabase?: Pool;
  /** Word of committed appends, where the adapter has it: the runner wakes on it. */
  readonly appendSignal?: AppendSignal;
  /** Where the tree over `$all` is signed (ADR 0030); no checkpointer runs without it. */
  readonly evidence?: EvidenceConfig;
  /**
   * Per-person keys, where this process may open them: with them the notifications run beside
   * the projector (ADR 0034), opening a reporter's address only when mailing them.
   */
  readonly personKeys?: PersonKeyStore;
}

/** A running projector. */
export interface RunningProjector {
  /** Stops after the batch in flight, at a checkpoint, and logs where each read model stopped. */
  stop(): Promise<void>;
}

/** The projector {@link startProjector} started, with its background upgrade. */
export interface StartedProjector extends RunningProjector {
  /**
   * Settles once every read model's active generation was built by today's definition: at
   * once when none was older, after the background rebuild's switch otherwise, or when
   * stopped first. Never rejects.
   */
  readonly upgraded: Promise<void>;
}

const NAMES = READ_MODEL_PROJECTIONS.map((p) => p.name);

/** The least time between two progress lines of a background rebuild. */
const PROGRESS_LOG_MS = 10_000;

/**
 * Starts keeping every read model up to date from `$all`, the same way in every process role:
 * the API's projector thread, `ROLE=projector`, and tests that run the API in-process. A failed
 * batch is logged by its kind and retried from the checkpoint. Read models whose active
 * generation an older version of their definition built are rebuilt in the background and
 * switched in when caught up (ADR 26); until then queries read the old generation.
 */
export function startProjector(given: ProjectorStorage, logger: Logger): StartedProjector {
  // The read models, the reactions and the evidence log follow `$all` a little apart: they
  // read it from the store once between them (ADR 0051). A rebuild reads old history, and
  // reads it alone.
  const following = { ...given, sealedEventStore: new SharedAllReads(given.sealedEventStore) };
  const storage = { ...following, database: given.readModelDatabase ?? given.database };
  const runner = new ProjectionRunner(storage.sealedEventStore, storage.database, READ_MODEL_PROJECTIONS, {
    ...(storage.appendSignal ? { appended: storage.appendSignal } : {}),
    // The logger's error serializer keeps what finds the cause and drops quoted row values.
    onError: (error) => logger.warn({ err: error }, 'projection batch failed'),
  });
  runner.start();
  const evidence = startEvidence(storage, logger);
  logger.info({ projections: NAMES }, 'projecting');
  const upgrade = startUpgrade({ ...storage, sealedEventStore: given.sealedEventStore }, logger);
  const notifications = startNotificationsBeside(following, logger);
  return {
    upgraded: upgrade.done.then(() => undefined),
    stop: async () => {
      await Promise.all([upgrade.stop(), runner.stop(), evidence?.stop(), notifications?.stop()]);
      await logCheckpoints(logger, storage.database);
    },
  };
}

/**
 * Reactions, reminders and their sender, where the person keys are at hand (an open `Storage`),
 * on the application's role, which may read the directory and the keys; never an address in a log line.
 */
export function startNotificationsBeside(storage: ProjectorStorage, logger: Logger): RunningNotifications | undefined {
  const personKeys = storage.personKeys;
  if (!personKeys) return undefined;
  const notifications = startNotifications(
    { ...storage, personKeys },
    loadNotificationConfig(process.env),
    (error, part) => logger.warn({ err: error, part }, 'notifications failed; trying again'),
  );
  logger.info({ delivery: notifications.delivery }, 'notifying');
  return notifications;
}

/** Logs names, versions, generations and counts only: never a row, so never personal data. */
function startUpgrade(storage: ProjectorStorage, logger: Logger): RunningUpgrade {
  let loggedAt = Date.now();
  const logProgress = ({ done, total, eventsPerSecond, etaMs }: RebuildProgress): void => {
    if (Date.now() - loggedAt < PROGRESS_LOG_MS) return;
    loggedAt = Date.now();
    logger.info({ done, total, eventsPerSecond, etaMs }, 'rebuilding changed read models');
  };
  const upgrade = startProjectionUpgrade(storage.sealedEventStore, storage.database, READ_MODEL_PROJECTIONS, {
    onStart: (outdated) => {
      loggedAt = Date.now();
      logger.info({ projections: outdated }, 'rebuilding read models whose definition changed');
    },
    onProgress: logProgress,
    onNewer: (newer) => logger.warn({ projections: newer }, 'read models were built by a newer release'),
    onBusy: () => logger.debug('another process is rebuilding read models; asking again later'),
    onError: (error) => logger.warn({ err: error }, 'rebuilding changed read models failed; trying again later'),
  });
  void upgrade.done.then((outcome) => logOutcome(logger, outcome));
  return upgrade;
}

function logOutcome(logger: Logger, outcome: UpgradeOutcome | { readonly kind: 'stopped' }): void {
  if (outcome.kind === 'rebuilt') {
    const { projections, events, elapsedMs } = outcome.result;
    logger.info({ projections, events, elapsedMs }, 'switched read models to their rebuilt generations');
  } else if (outcome.kind === 'stopped') {
    logger.info('stopped rebuilding changed read models; the next start begins again');
  }
}

/** Logs where each read model stopped, so an operator can see a stop left them at a checkpoint. */
async function logCheckpoints(logger: Logger, database: Pool): Promise<void> {
  try {
    const generations = await activeGenerations(database, READ_MODEL_PROJECTIONS);
    const checkpoints = Object.fromEntries(generations.map((g) => [g.projection, g.position.toString()]));
    logger.info({ checkpoints }, 'projections stopped at a checkpoint');
  } catch {
    // The database may be what is going away; the checkpoint is safe in it either way.
    logger.info('projections stopped');
  }
}
