import { parentPort, workerData } from 'node:worker_threads';
import { Pool } from 'pg';
import { ProjectionRunner, READ_MODEL_PROJECTIONS } from '#projections';
import { connectEventStore, createLogger } from '#runtime';
import { STOP, STOPPED, type ProjectorWorkerData } from './projector-messages';

/**
 * The read models' projection runner on a thread of its own (see `ProjectorThread`). It folds
 * the adapter's events as stored: the audit decorator passes `$all` through untouched, and
 * personal data stays sealed, as it does for the runner inside the API.
 */
async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('the projector runs as a worker thread');
  const { databaseUrl, eventStoreUrl, logLevel } = workerData as ProjectorWorkerData;
  const logger = createLogger(logLevel).child({ component: 'projector' });
  const { eventStore, appendSignal } = await connectEventStore(eventStoreUrl, databaseUrl);
  const database = new Pool({ connectionString: databaseUrl, max: 2 });
  database.on('error', (error) => logger.warn({ err: error.message }, 'database connection lost'));
  const runner = new ProjectionRunner(eventStore, database, READ_MODEL_PROJECTIONS, {
    ...(appendSignal ? { appended: appendSignal } : {}),
    onError: (error) =>
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'projection batch failed'),
  });
  port.on('message', (message: unknown) => {
    if (message !== STOP) return;
    void (async () => {
      await runner.stop();
      await eventStore.close();
      await database.end();
      port.postMessage(STOPPED);
      port.close();
    })();
  });
  runner.start();
}

void main();
