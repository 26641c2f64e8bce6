import { createHash } from 'node:crypto';
import type { EventToAppend, RecordedEvent } from '../event-envelope';
import type { AllSubscription } from '../event-store.port';

/**
 * Builds events whose ids are derived from the run's namespace and a counter: fixed for a
 * given namespace, yet never equal to events of an earlier run on a long-lived server.
 */
export function eventFactory(namespace: string): (type?: string, data?: Record<string, unknown>) => EventToAppend {
  let counter = 0;
  return (type = 'SomethingHappened', data = {}) => {
    counter += 1;
    return {
      eventId: deterministicUuid(`${namespace}/${counter}`),
      type,
      data: { counter, ...data },
      metadata: {
        occurredAt: '2026-11-23T10:00:00.000+01:00',
        actor: { id: 'user-1', role: 'secretary' },
        municipalityCode: 'GM0375',
        correlationId: deterministicUuid(`${namespace}/correlation`),
        causationId: deterministicUuid(`${namespace}/causation`),
        schemaVersion: 1,
      },
    };
  };
}

export function deterministicUuid(seed: string): string {
  const hex = createHash('sha1').update(seed).digest('hex');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Collects events from a subscription until `count` arrived or `timeoutMs` passed. */
export async function collect(
  subscription: AllSubscription,
  count: number,
  timeoutMs = 20_000,
): Promise<RecordedEvent[]> {
  const received: RecordedEvent[] = [];
  const timer = setTimeout(() => void subscription.close(), timeoutMs);
  try {
    for await (const event of subscription) {
      received.push(event);
      if (received.length >= count) break;
    }
  } finally {
    clearTimeout(timer);
    await subscription.close();
  }
  return received;
}

export function isStrictlyIncreasing(positions: readonly bigint[]): boolean {
  return positions.every((position, i) => i === 0 || position > (positions[i - 1] as bigint));
}

/** Stream-id prefix and event factory of the running test, fresh for every test. */
export interface TestScope {
  readonly prefix: string;
  readonly event: ReturnType<typeof eventFactory>;
}

/** Registers a `beforeEach` that gives every test its own streams and event ids. */
export function scopePerTest(namespace: () => string, label: string): () => TestScope {
  let testNumber = 0;
  let scope: TestScope | undefined;
  beforeEach(() => {
    testNumber += 1;
    const name = `${namespace()}-${label}${testNumber}`;
    scope = { prefix: name, event: eventFactory(name) };
  });
  return () => {
    if (!scope) throw new Error('scopePerTest is read outside a test');
    return scope;
  };
}
