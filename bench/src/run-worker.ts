import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Runs a client of the bench (`<name>.worker.js` beside this file) on a worker thread and
 * answers its one message. Clients run off this process's loop, whose garbage collection
 * (the store generator's heap) would otherwise count as the API's latency.
 */
export function runWorker<TJob, TResult>(name: string, job: TJob): Promise<TResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, `${name}.worker.js`), { workerData: job });
    worker.once('message', (result: TResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the ${name} worker stopped with code ${code} before answering`)));
  });
}
