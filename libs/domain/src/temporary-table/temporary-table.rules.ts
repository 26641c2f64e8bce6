import { DomainError, ensure } from '../kit';
import type { OpenTemporaryTableState, TemporaryTableState } from './temporary-table.state';

export function tableMustNotExistYet(state: TemporaryTableState): void {
  ensure(
    state.status === 'none',
    () =>
      new DomainError('TEMPORARY_TABLE.ALREADY_OPENED', 'This temporary table has already been opened.', 'conflict'),
  );
}

/** The table exists and is still open: a closed table accepts nothing more. */
export function tableMustBeOpen(state: TemporaryTableState): asserts state is OpenTemporaryTableState {
  ensure(
    state.status !== 'none',
    () => new DomainError('TEMPORARY_TABLE.NOT_FOUND', 'This temporary table has not been opened.', 'not-found'),
  );
  ensure(
    state.status === 'open',
    () =>
      new DomainError(
        'TEMPORARY_TABLE.CLOSED',
        'This temporary table has been closed and accepts nothing more.',
        'conflict',
      ),
  );
}

export function participantMustNotBeRegisteredYet(table: OpenTemporaryTableState, participantId: string): void {
  ensure(
    !table.participantIds.includes(participantId),
    () =>
      new DomainError(
        'TEMPORARY_TABLE.PARTICIPANT_ALREADY_REGISTERED',
        'This participant is already registered at the table.',
        'conflict',
      ),
  );
}

export function sessionMustNotBeHeldYet(table: OpenTemporaryTableState, sessionId: string): void {
  ensure(
    !table.sessionIds.includes(sessionId),
    () =>
      new DomainError(
        'TEMPORARY_TABLE.SESSION_ALREADY_HELD',
        'This session is already recorded at the table.',
        'conflict',
      ),
  );
}

export function contributionMustNotBeRecordedYet(table: OpenTemporaryTableState, contributionId: string): void {
  ensure(
    !table.contributionIds.includes(contributionId),
    () =>
      new DomainError(
        'TEMPORARY_TABLE.CONTRIBUTION_ALREADY_RECORDED',
        'This contribution is already recorded at the table.',
        'conflict',
      ),
  );
}

/** A contribution that names a session names one held at this table. */
export function sessionMustHaveBeenHeldAtThisTable(
  table: OpenTemporaryTableState,
  sessionId: string | undefined,
): void {
  ensure(
    sessionId === undefined || table.sessionIds.includes(sessionId),
    () =>
      new DomainError(
        'TEMPORARY_TABLE.SESSION_UNKNOWN',
        'The contribution names a session that was not held at this table.',
        'rule',
        'sessionId',
      ),
  );
}

/**
 * "De plek aan de participatietafel wordt voor de cliënt gegarandeerd" and the client perspective
 * is always named (seed 001_…): a table closes only once a client or lived-experience contribution
 * was recorded, or with a recorded reason why not. Answers the waiver the close event keeps: none
 * when the client perspective was heard, since there is then nothing to explain.
 */
export function clientPerspectiveMustBeHeard(
  table: OpenTemporaryTableState,
  waiver: string | undefined,
): string | undefined {
  if (table.clientPerspectiveHeard) return undefined;
  ensure(
    waiver !== undefined,
    () =>
      new DomainError(
        'TEMPORARY_TABLE.CLIENT_PERSPECTIVE_MISSING',
        'A temporary table can only close once the client perspective was heard, or with a recorded reason why not.',
        'rule',
        'clientPerspectiveWaiver',
      ),
  );
  return waiver;
}
