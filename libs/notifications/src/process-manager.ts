import type { Pool, PoolClient } from 'pg';
import type { EventStore, RecordedEvent } from '#event-store';
import { BatchRunner, type BatchRunnerOptions, type BatchWork } from '#projections';
import { messageIdOf } from './message-id';
import { contextKeyOf, evolveContext, type BodyContext, type Context } from './notification-context';
import type { OutboxMessage } from './outbox';
import { enqueue } from './outbox';
import type { OutboxSignal } from './outbox-signal';
import { reactionsTo, type Reaction } from './reactions';
import { staffRecipientsOf } from './staff-recipients';
import { linkOf, textOf } from './texts.nl';

export interface ProcessManagerOptions extends BatchRunnerOptions {
  readonly publicUrl: string;
  /** Told when a batch committed new outbox rows: the sender wakes on it. */
  readonly outboxWritten?: OutboxSignal;
  /** For tests: throw here, after the outbox is written and before the checkpoint, to die as a crash would. */
  readonly fault?: () => void;
}

const CHECKPOINT = 'reactions';

/** The reactions' batch work: the outbox rows of a batch, written with the checkpoint's move. */
class ReactionWork implements BatchWork {
  /** Whether the batch in flight wrote outbox rows, to tell the sender once it committed. */
  private wrote = false;

  constructor(private readonly options: ProcessManagerOptions) {}

  readFrom(pool: Pool): Promise<bigint> {
    return checkpointOf(pool);
  }

  async apply(client: PoolClient, events: readonly RecordedEvent[], from: bigint): Promise<void> {
    this.wrote = false;
    // Another process moved on meanwhile: its transaction wrote these events' messages.
    if ((await checkpointOf(client, true)) !== from) return;
    this.wrote = (await this.handle(client, events)) > 0;
    this.options.fault?.();
    await client.query('UPDATE notification_checkpoints SET position = $2 WHERE name = $1', [
      CHECKPOINT,
      (events.at(-1) as RecordedEvent).position.toString(),
    ]);
  }

  committed(): void {
    if (this.wrote) this.options.outboxWritten?.notify();
    this.wrote = false;
  }

  /** Writes the batch's messages and what it must remember; answers how many messages were new. */
  private async handle(client: PoolClient, events: readonly RecordedEvent[]): Promise<number> {
    const contexts = await loadContexts(client, events);
    const changed = new Set<string>();
    const messages: OutboxMessage[] = [];
    for (const event of events) {
      const lookup = (key: string): Context | null => contexts.get(key) ?? null;
      for (const reaction of reactionsTo(event, lookup)) {
        messages.push(...(await this.messagesOf(client, event, reaction, lookup)));
      }
      const key = contextKeyOf(event);
      if (!key) continue;
      const before = contexts.get(key) ?? null;
      const after = evolveContext(before, event);
      if (after !== before && after) {
        contexts.set(key, after);
        changed.add(key);
      }
    }
    await saveContexts(
      client,
      [...changed].map((key) => [key, contexts.get(key) as Context]),
    );
    return enqueue(client, messages);
  }

  private async messagesOf(
    client: PoolClient,
    event: RecordedEvent,
    reaction: Reaction,
    lookup: (key: string) => Context | null,
  ): Promise<OutboxMessage[]> {
    const { subject, body } = textOf(reaction.kind, reaction.facts, this.options.publicUrl);
    const common = {
      kind: reaction.kind,
      subject,
      body,
      link: linkOf(this.options.publicUrl, reaction.facts.path),
      source: event.eventId,
      causedAt: event.recordedAt,
    };
    if (reaction.audience === 'resident') {
      const personId = reaction.reporter.personId;
      return [
        {
          ...common,
          id: messageIdOf(event.eventId, `resident:${personId}`, reaction.kind),
          audience: 'resident',
          recipient: personId,
          sealedAddress: reaction.reporter,
        },
      ];
    }
    const bodyContext = reaction.secretariesOf ? await bodyOf(client, reaction.secretariesOf, lookup) : null;
    const subjects = await staffRecipientsOf(client, reaction, bodyContext);
    return subjects.map((recipient) => ({
      ...common,
      id: messageIdOf(event.eventId, `staff:${recipient}`, reaction.kind),
      audience: 'staff' as const,
      recipient,
      forDigest: true,
    }));
  }
}

async function checkpointOf(client: Pool | PoolClient, lock = false): Promise<bigint> {
  const { rows } = await client.query<{ position: string }>(
    `SELECT position::text FROM notification_checkpoints WHERE name = $1${lock ? ' FOR UPDATE' : ''}`,
    [CHECKPOINT],
  );
  return BigInt(rows[0]?.position ?? '-1');
}

/**
 * How long word of an append gathers others before the reactions read them. Each batch is a
 * transaction with a WAL flush and a read of `$all` of its own, beside the read models' and the
 * evidence log's: with the runner's default of 10 ms, P2 (RecordSignal at 400/s) paid such a
 * batch for every few commands. A mail may take a second (#20), so a fifth of that is spent
 * here to make the batches large.
 */
const REACTION_GATHER_MS = 200;

/**
 * Reads `$all` like a projection, driven by the same runner, and writes what must be sent to
 * the outbox in the same transaction as its checkpoint (ADR 0034, ADR 0040): an event's
 * messages are written exactly once, whatever moment the process dies, and a second process
 * racing it waits on the checkpoint lock.
 */
export class ReactionProcessManager extends BatchRunner {
  constructor(store: EventStore, pool: Pool, options: ProcessManagerOptions) {
    super(store, pool, new ReactionWork(options), {
      idleMs: 100,
      gatherMs: REACTION_GATHER_MS,
      ...options,
      batchSize: options.batchSize ?? 500,
    });
  }
}

/** A body's remembered secretaries, from the batch or else from the table. */
async function bodyOf(
  client: PoolClient,
  bodyId: string,
  lookup: (key: string) => Context | null,
): Promise<BodyContext | null> {
  const context = lookup(`body:${bodyId}`) ?? (await readContexts(client, [`body:${bodyId}`])).get(`body:${bodyId}`);
  return context?.kind === 'body' ? context : null;
}

/** The remembered rows the batch's events read: their own, a linked signal's and a trajectory's body. */
async function loadContexts(client: PoolClient, events: readonly RecordedEvent[]): Promise<Map<string, Context>> {
  const keys = new Set<string>();
  for (const event of events) {
    const key = contextKeyOf(event);
    if (key) keys.add(key);
    const data = event.data as Record<string, unknown>;
    if (event.type === 'SignalLinked' && typeof data['signalId'] === 'string') keys.add(`signal:${data['signalId']}`);
  }
  const found = await readContexts(client, [...keys]);
  const bodies = [...found.values()].flatMap((c) => (c.kind === 'trajectory' ? [`body:${c.bodyId}`] : []));
  const more = await readContexts(
    client,
    bodies.filter((key) => !found.has(key)),
  );
  return new Map([...found, ...more]);
}

async function readContexts(client: PoolClient, keys: readonly string[]): Promise<Map<string, Context>> {
  if (keys.length === 0) return new Map();
  const { rows } = await client.query<{ id: string; doc: Context }>(
    'SELECT id, doc FROM notification_context WHERE id = ANY($1::text[])',
    [keys],
  );
  return new Map(rows.map((r) => [r.id, r.doc]));
}

async function saveContexts(client: PoolClient, entries: readonly (readonly [string, Context])[]): Promise<void> {
  if (entries.length === 0) return;
  await client.query(
    `INSERT INTO notification_context (id, doc) SELECT * FROM unnest($1::text[], $2::jsonb[])
     ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc`,
    [entries.map(([key]) => key), entries.map(([, doc]) => JSON.stringify(doc))],
  );
}
