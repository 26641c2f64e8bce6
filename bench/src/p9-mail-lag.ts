import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import type { EventToAppend } from '#event-store';
import { migrateEventStore, PostgresEventStore } from '#event-store/postgres';
import { migrateNotifications } from '#notifications';
import { CryptoShreddingEventStore, migratePrivacy, PersonKeyStore } from '#privacy';
import { migrateProjections } from '#projections';
import { startProjector } from '#runtime';
import type { BenchServer } from './bench-server';
import { ratio, round, type Figure } from './figures';
import { Latencies, sleep } from './latency';
import { slowestCheckpoint } from './projection-progress';

export const P9_P99_LIMIT_MS = 1_000;

/**
 * P9: mail lag. Each second `perSecond` events are appended (a signal whose reporter asked to
 * hear back, and its assessment, in one append); each assessment makes one mail to the
 * reporter. Measured from the append's answer to the moment a real SMTP server (smtp-server,
 * in this process) accepted that reporter's mail, beside the projection lag of the same
 * appends (the slowest read model's checkpoint passing their position, as P5 measures it).
 * Projector, notifications, SMTP server and load share this process and the machine's CPU.
 */
export async function runP9(
  server: BenchServer,
  settings: { seconds: number; perSecond: number },
  log: (line: string) => void,
): Promise<Figure[]> {
  const url = await server.database('bench_p9_mail');
  await migrateEventStore(url);
  await migratePrivacy(url);
  await migrateProjections(url);
  await migrateNotifications(url);
  const accepted = new Map<string, number>();
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        for (const to of session.envelope.rcptTo) accepted.set(to.address, performance.now());
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  process.env['SMTP_URL'] = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  process.env['NOTIFY_TICK_MS'] = '60000';
  const sealed = new PostgresEventStore({ connectionString: url });
  const database = new Pool({ connectionString: url, max: 10 });
  database.on('error', () => undefined);
  const personKeys = new PersonKeyStore(database);
  const store = new CryptoShreddingEventStore(sealed, personKeys);
  const projector = startProjector(
    { sealedEventStore: sealed, database, appendSignal: sealed.appendSignal(), personKeys },
    pino({ level: 'warn' }),
  );
  const watchPool = new Pool({ connectionString: url, max: 1 });
  watchPool.on('error', () => undefined);
  const mailLag = new Latencies();
  const projectionLag = new Latencies();
  const waitingMail = new Map<string, number>();
  const waitingProjection: { position: bigint; at: number }[] = [];
  let appending = true;
  let lastAppendAt = performance.now();
  const watcher = (async () => {
    // After the last append, wait at most 30 s for what is still on its way; what never comes is counted.
    const waiting = (): boolean => waitingMail.size > 0 || waitingProjection.length > 0;
    while (appending || (waiting() && performance.now() < lastAppendAt + 30_000)) {
      const checkpoint = await slowestCheckpoint(watchPool);
      const now = performance.now();
      for (let i = waitingProjection.length - 1; i >= 0; i -= 1) {
        const item = waitingProjection[i] as { position: bigint; at: number };
        if (item.position <= checkpoint) {
          projectionLag.recordMs(now - item.at);
          waitingProjection.splice(i, 1);
        }
      }
      for (const [address, at] of waitingMail) {
        const arrived = accepted.get(address);
        if (arrived !== undefined) {
          mailLag.recordMs(arrived - at);
          waitingMail.delete(address);
        }
      }
      await sleep(2);
    }
  })();
  const pairs = Math.round((settings.seconds * settings.perSecond) / 2);
  const start = performance.now();
  const inFlight = new Set<Promise<void>>();
  for (let n = 0; n < pairs; n += 1) {
    const due = start + (n * 2_000) / settings.perSecond;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const append = appendPair(store).then(({ address, position }) => {
      const at = performance.now();
      lastAppendAt = at;
      waitingMail.set(address, at);
      waitingProjection.push({ position, at });
    });
    inFlight.add(append);
    void append.finally(() => inFlight.delete(append));
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - start) / 1000;
  appending = false;
  await watcher;
  const lost = waitingMail.size;
  await projector.stop();
  await sealed.close();
  await database.end();
  await watchPool.end();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  const p99 = round(mailLag.percentileMs(99), 1);
  const projectionP99 = round(projectionLag.percentileMs(99), 1);
  log(
    `P9 ${pairs * 2} events in ${elapsed.toFixed(1)} s; mail lag p50 ${mailLag.percentileMs(50)} ms p99 ${p99} ms ` +
      `(${mailLag.count} mails, ${lost} not arrived); projection lag p50 ${projectionLag.percentileMs(50)} ms p99 ${projectionP99} ms`,
  );
  return [
    {
      id: 'P9',
      name: `mail lag, event to SMTP acceptance, at ${settings.perSecond} events/s for ${settings.seconds} s`,
      value: p99,
      unit: 'ms (p99)',
      baseline: P9_P99_LIMIT_MS,
      baselineName: 'limit',
      ratio: ratio(p99, P9_P99_LIMIT_MS),
      target: `p99 <= ${P9_P99_LIMIT_MS} ms`,
      met: p99 <= P9_P99_LIMIT_MS && lost === 0,
      details: {
        events: pairs * 2,
        mails: mailLag.count,
        notArrived: lost,
        achievedEventsPerSecond: round((pairs * 2) / elapsed, 0),
        p50Ms: mailLag.percentileMs(50),
        maxMs: mailLag.percentileMs(100),
        projectionLagP50Ms: projectionLag.percentileMs(50),
        projectionLagP99Ms: projectionP99,
      },
    },
  ];
}

/** A signal whose reporter asked to hear back, and its assessment: one append, one mail. */
async function appendPair(store: CryptoShreddingEventStore): Promise<{ address: string; position: bigint }> {
  const signalId = randomUUID();
  const reporterId = randomUUID();
  const address = `melder-${signalId}@bench.example`;
  const metadata = {
    occurredAt: new Date().toISOString(),
    actor: { id: 'bench-user', role: 'secretary' },
    municipalityCode: 'GM0375',
    correlationId: randomUUID(),
    schemaVersion: 2,
  };
  const events: EventToAppend[] = [
    {
      eventId: randomUUID(),
      type: 'SignalRecorded',
      data: {
        signalId,
        bodyId: '00000000-0000-4000-8000-000000000001',
        municipalityCode: 'GM0375',
        channel: 'meeting',
        receivedOn: '2026-12-01',
        themes: ['vervoer'],
        domain: 'wmo',
        subjectId: reporterId,
        summary: { personId: reporterId, value: 'De regiotaxi komt te laat.' },
        targetGroups: [],
        reporter: { personId: reporterId, value: { name: 'Melder', contact: address, feedbackByMail: true } },
      },
      metadata,
    },
    {
      eventId: randomUUID(),
      type: 'SignalAssessed',
      data: { signalId, scope: 'collective', rationale: { personId: reporterId, value: 'Raakt velen.' } },
      metadata,
    },
  ];
  const { position } = await store.appendToStream(`signal-${signalId}`, events, { expectedRevision: 'no_stream' });
  return { address, position };
}
