import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { adviceForProposalAt, type AdviceRegisterDoc } from '#projections';
import type { Storage } from '#runtime';
import { RequestValidationError } from '../../http/request-validation';

/** `atPosition` in the OpenAPI document. */
export const ApiAtPosition = (): MethodDecorator =>
  applyDecorators(
    ApiQuery({
      name: 'atPosition',
      required: false,
      schema: { type: 'integer', format: 'int64', minimum: 0 },
      description:
        'Answer the report as it stood at this global position (a command answer’s position, or a ' +
        'verification’s throughPosition), folded from the event store: the same position always gives ' +
        'the same report. The answer names it.',
    }),
  );

/** `atPosition` from the query string: absent, or a whole number ≥ 0. */
export function atPositionOf(value: string | undefined): bigint | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,19}$/.test(value)) {
    throw new RequestValidationError([
      { name: 'atPosition', reason: 'atPosition must be a whole number of 0 or more' },
    ]);
  }
  return BigInt(value);
}

/**
 * The advice attached to the proposal in the caller's municipalities (every one when `undefined`, for
 * the public), as it stood at `at`.
 * Only a position already recorded can be pinned: later events could still take a smaller
 * position until then, and the report would not be reproducible.
 */
export async function proposalAdviceAt(
  storage: Storage,
  proposalRef: string,
  at: bigint,
  municipalities: readonly string[] | undefined,
): Promise<AdviceRegisterDoc[]> {
  const head = await readableHead(storage, at);
  if (head === null || at > head) {
    throw new RequestValidationError([
      {
        name: 'atPosition',
        reason: `atPosition must be a position already recorded: at most ${head ?? 'none yet'}`,
      },
    ]);
  }
  const docs = await adviceForProposalAt(storage.sealedEventStore, proposalRef, at);
  return municipalities === undefined ? docs : docs.filter((doc) => municipalities.includes(doc.municipalityCode));
}

/** How long a pin waits for its position to become readable, as `minPosition` waits for read models. */
const PIN_WAIT_MS = 5_000;
const PIN_POLL_MS = 20;

/**
 * The store's readable head, waiting up to {@link PIN_WAIT_MS} for it to reach `at`: a
 * command's own position can stay just above the head while another transaction is still
 * open, and a client pinning to the position it was just given should get its report.
 */
async function readableHead(storage: Storage, at: bigint): Promise<bigint | null> {
  const deadline = Date.now() + PIN_WAIT_MS;
  for (;;) {
    const head = await storage.sealedEventStore.headPosition();
    if ((head !== null && head >= at) || Date.now() > deadline) return head;
    await new Promise((resolve) => setTimeout(resolve, PIN_POLL_MS));
  }
}
