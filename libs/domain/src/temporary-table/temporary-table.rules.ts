import { DomainError, ensure } from '../kit';
import { groupMustBeKnown, isFilledIn } from './temporary-table.input.rules';
import type { MissingGroupReasons, TableGroup } from './temporary-table.values';
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

/**
 * "Hou voor ogen welke groepen aan tafel zijn vertegenwoordigd en welke niet" (seed 003,
 * condition 9): a reason is given only for a group that was expected and did not come, and says
 * something. Answers the reasons trimmed, in the order of the expected groups; none when none given.
 */
export function missingGroupReasonsMustConcernMissingGroups(
  table: OpenTemporaryTableState,
  reasons: MissingGroupReasons | undefined,
): MissingGroupReasons | undefined {
  if (reasons === undefined || reasons === null) return undefined;
  ensure(
    typeof reasons === 'object' && !Array.isArray(reasons),
    () =>
      new DomainError(
        'TEMPORARY_TABLE.MISSING_GROUP_REASONS_INVALID',
        'Reasons for missing groups are given per expected group.',
        'rule',
        'missingGroupReasons',
      ),
  );
  const given: [string, unknown][] = Object.entries(reasons);
  const answered: MissingGroupReasons = {};
  given.forEach(([group, reason]) => {
    const field = `missingGroupReasons.${group}`;
    groupMustBeKnown(group, field);
    ensure(
      table.expectedGroups.includes(group),
      () =>
        new DomainError(
          'TEMPORARY_TABLE.MISSING_GROUP_NOT_EXPECTED',
          `The group ${group} was not expected at the table, so it cannot be missing.`,
          'rule',
          field,
        ),
    );
    ensure(
      !table.presentGroups.includes(group),
      () =>
        new DomainError(
          'TEMPORARY_TABLE.MISSING_GROUP_WAS_PRESENT',
          `The group ${group} was at the table; a reason is given only for a group that was missing.`,
          'rule',
          field,
        ),
    );
    ensure(
      isFilledIn(reason),
      () =>
        new DomainError(
          'TEMPORARY_TABLE.MISSING_GROUP_REASON_MISSING',
          `Say why the group ${group} was missing.`,
          'rule',
          field,
        ),
    );
  });
  table.expectedGroups.forEach((group: TableGroup) => {
    const reason = reasons[group];
    if (isFilledIn(reason)) answered[group] = reason.trim();
  });
  return given.length === 0 ? undefined : answered;
}
