import { parentPort, workerData } from 'node:worker_threads';
import { connectProjectorStorage, createLogger, startProjector } from '#runtime';
import { STOP, STOPPED, type ProjectorWorkerData } from './projector-messages';

/** The read models' projector on a thread of its own (see `startProjectorThread`). */
async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('the projector runs as a worker thread');
  const { logLevel, ...address } = workerData as ProjectorWorkerData;
  const logger = createLogger(logLevel).child({ component: 'projector' });
  const storage = await connectProjectorStorage(address, logger);
  const projector = startProjector(storage, logger);
  port.on('message', (message: unknown) => {
    if (message !== STOP) return;
    void (async () => {
      await projector.stop();
      await storage.close();
      // The checkpoints' log line is written before the API logs that it has stopped.
      await new Promise<void>((resolve) => logger.flush(() => resolve()));
      port.postMessage(STOPPED);
      port.close();
    })();
  });
}

void main();
