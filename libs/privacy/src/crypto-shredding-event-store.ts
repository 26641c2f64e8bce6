import {
  ForwardingEventStore,
  PersonKeysTakenError,
  type AllSubscription,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeToAllOptions,
} from '#event-store';
import type { PersonKeyStore, PersonKeys } from './person-key-store';
import { decryptValue, encryptValue } from './personal-data-cipher';
import { isPlainPersonalData, isSealedPersonalData, mapJson, personIdsIn } from './personal-data-walk';

/**
 * Wraps any event store so personal data (`{ personId, value }` in event data) is stored
 * sealed under the person's key and read back as `{ personId, value }`, or as
 * `{ personId, erased: true }` once the person is forgotten. Everything above this layer sees
 * plain values; nothing below it ever sees them.
 */
export class CryptoShreddingEventStore extends ForwardingEventStore {
  constructor(
    inner: EventStore,
    private readonly keys: PersonKeyStore,
    /**
     * The store beneath keeps the key table in its own database and writes new keys in the
     * append's transaction (ADR 0046). Only for PostgreSQL holding both.
     */
    private readonly options: { readonly keysWithAppend?: boolean } = {},
  ) {
    super(inner);
  }

  override async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options?: AppendOptions,
  ): Promise<AppendResult> {
    const personIds = personIdsIn(
      events.map((e) => e.data),
      isPlainPersonalData,
    );
    const made = this.options.keysWithAppend ? await this.keys.makeKeys(personIds) : null;
    if (made) {
      try {
        const result = await this.inner.appendToStream(streamId, sealAll(events, made.keys), {
          ...options,
          newPersonKeys: made.rows,
        });
        this.keys.noteKeyRows(made.keys.keys());
        return result;
      } catch (error) {
        // Someone has a key row after all (made meanwhile, or forgotten): seal under the stored ones.
        if (!(error instanceof PersonKeysTakenError)) throw error;
      }
    }
    const keys = await this.keys.keysFor(personIds);
    return this.inner.appendToStream(streamId, sealAll(events, keys), options);
  }

  override async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    const events = await this.inner.readStream(streamId, options);
    if (options?.withholdPersonalData) return events.map((event) => ({ ...event, data: open(event.data, NO_KEYS) }));
    return this.reveal(events);
  }

  override async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.reveal(await this.inner.readAll(options));
  }

  override subscribeToAll(options?: SubscribeToAllOptions): AllSubscription {
    const inner = this.inner.subscribeToAll(options);
    const reveal = (event: RecordedEvent): Promise<RecordedEvent[]> => this.reveal([event]);
    return {
      close: () => inner.close(),
      async *[Symbol.asyncIterator]() {
        for await (const event of inner) yield* await reveal(event);
      },
    };
  }

  private async reveal(events: RecordedEvent[]): Promise<RecordedEvent[]> {
    const opened = await revealPersonalData(
      this.keys,
      events.map((e) => e.data),
    );
    return events.map((event, index) => ({ ...event, data: opened[index] }));
  }
}

const NO_KEYS: PersonKeys = new Map();

function sealAll(events: readonly EventToAppend[], keys: PersonKeys): EventToAppend[] {
  return events.map((event) => ({ ...event, data: seal(event.data, keys) }));
}

function seal(data: unknown, keys: PersonKeys): unknown {
  return mapJson(data, (node) => {
    if (!isPlainPersonalData(node)) return undefined;
    const key = keys.get(node.personId);
    // A forgotten person stays forgotten: new data about them is not kept at all.
    return key
      ? { personId: node.personId, ciphertext: encryptValue(key, node.personId, node.value) }
      : erased(node.personId);
  });
}

/**
 * Opens sealed personal data anywhere in these values (events, read model documents):
 * `{ personId, value }` while the person's key exists, `{ personId, erased: true }` after.
 */
export async function revealPersonalData<T>(keys: PersonKeyStore, values: readonly T[]): Promise<T[]> {
  const ids = personIdsIn(values, isSealedPersonalData);
  if (ids.length === 0) return [...values];
  const found = await keys.existingKeys(ids);
  return values.map((value) => open(value, found) as T);
}

function open(data: unknown, keys: PersonKeys): unknown {
  return mapJson(data, (node) => {
    if (!isSealedPersonalData(node)) return undefined;
    const key = keys.get(node.personId);
    return key
      ? { personId: node.personId, value: decryptValue(key, node.personId, node.ciphertext) }
      : erased(node.personId);
  });
}

function erased(personId: string): { personId: string; erased: true } {
  return { personId, erased: true };
}
