import { Gauge } from 'prom-client';
import { outboxStatus, type OutboxStatus } from '#notifications';
import type { Storage } from '#runtime';
import type { Metrics } from './metrics';

/**
 * The outbox as gauges read at scrape time, so they show the sender wherever it runs (a
 * projector process, a thread): how much waits, how long the oldest has, and outcomes per kind.
 */
export function registerNotificationMetrics(metrics: Metrics, storage: Storage): void {
  let reading: { at: number; status: Promise<OutboxStatus | null> } | null = null;
  // Gauges are collected concurrently: each asks for the same reading of the one scrape.
  const current = (): Promise<OutboxStatus | null> => {
    if (reading && Date.now() - reading.at < 1_000) return reading.status;
    reading = { at: Date.now(), status: outboxStatus(storage.database).catch(() => null) };
    return reading.status;
  };
  const registers = [metrics.registry];
  new Gauge({
    name: 'participation_notification_outbox_depth',
    help: 'Messages in the outbox not yet sent, kept or given up (pending, sending, held for a digest).',
    registers,
    async collect() {
      const status = await current();
      if (status) this.set(status.depth);
    },
  });
  new Gauge({
    name: 'participation_notification_outbox_oldest_age_seconds',
    help: 'Seconds the oldest message still waiting in the outbox has waited; 0 when none waits.',
    registers,
    async collect() {
      const status = await current();
      if (status) this.set(status.oldestAgeSeconds);
    },
  });
  new Gauge({
    name: 'participation_notification_messages',
    help: 'Messages in the outbox by kind and status (sent, kept, failed, dropped, pending, ...).',
    labelNames: ['kind', 'status'] as const,
    registers,
    async collect() {
      const status = await current();
      this.reset();
      status?.byKind.forEach((row) => this.set({ kind: row.kind, status: row.status }, row.count));
    },
  });
}
