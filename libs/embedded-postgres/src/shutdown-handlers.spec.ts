import { withoutShutdownHandlers } from './shutdown-handlers';

describe('loading a module that hooks shutdown', () => {
  it('removes the signal, beforeExit and exit handlers it added, and keeps those there before', async () => {
    const emitter: NodeJS.EventEmitter = process;
    const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit', 'exit'];
    const ours = (): void => undefined;
    process.on('beforeExit', ours);
    const before = events.map((event) => emitter.listeners(event).length);
    const loaded = await withoutShutdownHandlers(() => {
      for (const event of events) emitter.on(event, () => undefined);
      return Promise.resolve('loaded');
    });
    expect(loaded).toBe('loaded');
    expect(events.map((event) => emitter.listeners(event).length)).toEqual(before);
    expect(process.listeners('beforeExit')).toContain(ours);
    process.removeListener('beforeExit', ours);
  });
});
