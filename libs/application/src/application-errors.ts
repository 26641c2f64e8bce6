/** The caller's `If-Match` revision is not the stream's current revision (HTTP 412). */
export class StaleRevisionError extends Error {
  readonly code = 'COMMAND.STALE_REVISION';

  constructor(
    readonly streamId: string,
    readonly expected: number,
    readonly actual: number | null,
  ) {
    super(
      `The resource changed since you read it: you sent revision ${expected}, it is now at ${
        actual === null ? 'no revision' : `revision ${actual}`
      }. Read it again and retry.`,
    );
    this.name = 'StaleRevisionError';
  }
}

/** Someone else changed the stream between our read and our append (HTTP 409). */
export class ConcurrentChangeError extends Error {
  readonly code = 'COMMAND.CONCURRENT_CHANGE';

  constructor(readonly streamId: string) {
    super('Someone else changed this resource at the same moment. Read it again and retry.');
    this.name = 'ConcurrentChangeError';
  }
}

/** The caller's role or municipalities do not allow the command (HTTP 403). */
export class ForbiddenCommandError extends Error {
  readonly code = 'COMMAND.FORBIDDEN';

  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenCommandError';
  }
}
