import type { EventMetadata, RecordedEvent } from '#event-store';
import { decryptValue, encryptValue, isSealedPersonalData, mapJson } from '#privacy';
import type { BufferedPersonKeys } from './buffered-person-keys';
import type { Random } from './random';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * A template's event with every id of its own story replaced by a fresh one. It has no place
 * in its stream yet: the generator gives it its revision and chain link as it writes it.
 */
export interface ClonedEvent {
  readonly streamId: string;
  readonly eventId: string;
  readonly type: string;
  /** The data as JSON text, personal data sealed. */
  readonly data: string;
  /** Metadata without `occurredAt`, which the generator stamps from its clock, and without the template's chain link. */
  readonly metadata: Omit<EventMetadata, 'occurredAt' | 'auditChain'>;
}

/**
 * Copies one story (a trajectory with its signals and table, as the real pipeline recorded
 * it) under fresh ids: streams, people, sessions, correlation ids. Ids listed in `shared`
 * (the body, the municipalities) stay. Personal data is re-sealed under the new person's own
 * key, since a ciphertext is bound to its person. The template's revisions and chain links are
 * left behind: they belong to the template's streams.
 */
export async function cloneUnit(
  events: readonly RecordedEvent[],
  shared: ReadonlySet<string>,
  keys: BufferedPersonKeys,
  random: Random,
): Promise<ClonedEvent[]> {
  const fresh = new Map<string, string>();
  const remap = (text: string): string =>
    text.replace(UUID, (id) => {
      if (shared.has(id)) return id;
      let mapped = fresh.get(id);
      if (!mapped) {
        mapped = random.uuid();
        fresh.set(id, mapped);
      }
      return mapped;
    });
  const sealedIds = new Set<string>();
  for (const event of events) {
    mapJson(event.data, (node) => {
      if (isSealedPersonalData(node)) sealedIds.add(node.personId);
      return undefined;
    });
  }
  const templateKeys = await keys.existingKeys([...sealedIds]);
  const cloneKeys = await keys.keysFor([...sealedIds].map(remap));
  return events.map((event) => {
    const resealed = mapJson(event.data, (node) => {
      if (!isSealedPersonalData(node)) return undefined;
      const key = templateKeys.get(node.personId);
      const personId = remap(node.personId);
      const cloneKey = cloneKeys.get(personId);
      if (!key || !cloneKey) throw new Error(`no key for person ${node.personId}`);
      const value = decryptValue(key, node.personId, node.ciphertext);
      // The id itself is swapped with every other id below; the ciphertext is bound to the new one.
      return { personId: node.personId, ciphertext: encryptValue(cloneKey, personId, value) };
    });
    const { occurredAt: _occurredAt, auditChain: _link, ...metadata } = event.metadata;
    return {
      streamId: remap(event.streamId),
      eventId: random.uuid(),
      type: event.type,
      data: remap(JSON.stringify(resealed)),
      metadata: JSON.parse(remap(JSON.stringify(metadata))) as ClonedEvent['metadata'],
    };
  });
}
