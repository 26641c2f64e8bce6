/**
 * - `not-found`: the stream the command addresses does not exist (HTTP 404);
 * - `conflict`: the stream's current state does not allow the command (HTTP 409), e.g. the
 *   trajectory is already closed;
 * - `rule`: the command itself breaks a rule (HTTP 422), e.g. a recommendation is left unanswered.
 */
export type RefusalKind = 'not-found' | 'conflict' | 'rule';

/**
 * A refusal in the domain's words. `code` is stable (`TEMPORARY_TABLE.CLIENT_PERSPECTIVE_MISSING`)
 * and is what clients and translations key on; `message` is for an official to read; `field`
 * names the offending input, so a form can show the refusal next to it.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: RefusalKind = 'rule',
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Throws the refusal unless the rule holds; reads as the rule's name at the call site. */
export function ensure(condition: boolean, refusal: () => DomainError): asserts condition {
  if (!condition) throw refusal();
}
