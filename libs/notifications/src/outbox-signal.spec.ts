import { OutboxSignal } from './outbox-signal';

describe('word of new outbox rows', () => {
  it('wakes a waiting sender at once when rows are written', async () => {
    const signal = new OutboxSignal();
    const since = signal.heard();
    const startedAt = Date.now();
    const waiting = signal.wait(since, 10_000);
    signal.notify();
    await waiting;
    expect(Date.now() - startedAt).toBeLessThan(1_000);
    expect(signal.heard()).not.toBe(since);
  });

  it('does not wait when rows were written since the sender last looked', async () => {
    const signal = new OutboxSignal();
    const since = signal.heard();
    signal.notify();
    const startedAt = Date.now();
    await signal.wait(since, 10_000);
    expect(Date.now() - startedAt).toBeLessThan(1_000);
  });

  it('gives up after its pause, and at once when stopped', async () => {
    const signal = new OutboxSignal();
    await signal.wait(signal.heard(), 5);
    const stop = new AbortController();
    const startedAt = Date.now();
    const waiting = signal.wait(signal.heard(), 10_000, stop.signal);
    stop.abort();
    await waiting;
    expect(Date.now() - startedAt).toBeLessThan(1_000);
  });
});
