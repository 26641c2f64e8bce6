import type { Pool } from 'pg';
import type { AppendSignal, EventStore } from '#event-store';
import type { PersonKeyStore } from '#privacy';
import { pauseUnlessStopped, settledOrPoolGone } from '#projections';
import { remindOfDeadlines } from './deadline-tick';
import { remindOfConsultationNorms } from './norm-tick';
import { keptTransport, smtpTransport, type MailTransport } from './mail-transport';
import type { NotificationConfig } from './notification-config';
import { OutboxSender, type OutboxSenderOptions } from './outbox-sender';
import { OutboxSignal } from './outbox-signal';
import { ReactionProcessManager } from './process-manager';
import { gatherWeeklyDigests } from './weekly-digest';

export interface NotificationStorage {
  /** The events with personal data sealed: the outbox never holds a resident's address in the clear. */
  readonly sealedEventStore: EventStore;
  readonly database: Pool;
  readonly appendSignal?: AppendSignal;
  /** Opens a reporter's sealed address at sending; the process's own, with its master key. */
  readonly personKeys: PersonKeyStore;
}

export interface RunningNotifications {
  readonly delivery: MailTransport['delivery'];
  /** Stops after the work in flight; what was not sent stays in the outbox for the next start. */
  stop(): Promise<void>;
}

/**
 * Starts the process manager, the deadline and digest tick, and the sender, in the roles that
 * run the projector. A failure is reported and retried; every part keeps its place in PostgreSQL.
 */
export function startNotifications(
  storage: NotificationStorage,
  config: NotificationConfig,
  onError: (error: unknown, part: string) => void,
  senderOptions: Partial<OutboxSenderOptions> = {},
): RunningNotifications {
  const written = new OutboxSignal();
  const reactions = new ReactionProcessManager(storage.sealedEventStore, storage.database, {
    publicUrl: config.publicUrl,
    outboxWritten: written,
    ...(storage.appendSignal ? { appended: storage.appendSignal } : {}),
    onError: (error) => onError(error, 'reactions'),
  });
  const transport = config.smtpUrl ? smtpTransport(config.smtpUrl) : keptTransport();
  const sender = new OutboxSender(storage.database, transport, storage.personKeys, {
    publicUrl: config.publicUrl,
    from: config.from,
    // Woken by the rows' writers; the pause only paces retries that come due and other processes' rows.
    wake: written,
    idleMs: 1_000,
    onError: (error) => onError(error, 'sender'),
    ...senderOptions,
  });
  const stopping = new AbortController();
  const tick = async (): Promise<void> => {
    while (!stopping.signal.aborted) {
      try {
        const reminded =
          (await remindOfDeadlines(storage.database, new Date(), config)) +
          (await remindOfConsultationNorms(storage.database, new Date(), config));
        const digests = await gatherWeeklyDigests(storage.database, new Date(), config.publicUrl);
        if (reminded + digests > 0) written.notify();
      } catch (error) {
        if (stopping.signal.aborted) return;
        onError(error, 'deadlines');
      }
      await pauseUnlessStopped(config.tickMs, stopping.signal);
    }
  };
  reactions.start();
  sender.start();
  const ticking = tick();
  return {
    delivery: transport.delivery,
    stop: async () => {
      stopping.abort();
      await Promise.all([reactions.stop(), sender.stop(), settledOrPoolGone(ticking, storage.database)]);
      transport.close();
    },
  };
}
