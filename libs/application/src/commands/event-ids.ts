import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';

/** Fixed namespace for ids derived from idempotency keys (any constant UUID will do). */
const IDEMPOTENCY_NAMESPACE = '6f1c1c2e-5b7a-4c1e-9a8e-3f0b2d9d4a11';

/**
 * With an idempotency key, a retry derives the same event ids, so the store recognises the
 * events it already holds; without one, every event gets a fresh id.
 */
export function eventIdsFor(idempotencyKey: string | undefined, scope: string): (index: number) => string {
  if (!idempotencyKey) return () => randomUUID();
  return (index) => uuidv5(`${scope}\u0000${idempotencyKey}\u0000${index}`, IDEMPOTENCY_NAMESPACE);
}

/** The id a creating command gets when the client sent none: derived from the key when there is one. */
export function newResourceId(idempotencyKey: string | undefined, scope: string): string {
  return idempotencyKey ? uuidv5(`${scope}\u0000${idempotencyKey}\u0000id`, IDEMPOTENCY_NAMESPACE) : randomUUID();
}
