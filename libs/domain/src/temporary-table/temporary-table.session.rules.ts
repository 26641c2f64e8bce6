import { DomainError, ensure, ensureNotInFuture, isLocalDate } from '../kit';
import { groupMustBeKnown } from './temporary-table.input.rules';
import { type Attendance, TABLE_GROUPS, type TableGroup } from './temporary-table.values';

export function sessionMustHaveBeenHeld(heldOn: string, now: string): void {
  ensure(
    typeof heldOn === 'string' && isLocalDate(heldOn),
    () =>
      new DomainError(
        'TEMPORARY_TABLE.HELD_ON_INVALID',
        'The date the session was held must be a calendar date (YYYY-MM-DD).',
        'rule',
        'heldOn',
      ),
  );
  ensureNotInFuture(heldOn, now, 'heldOn', 'TEMPORARY_TABLE.HELD_ON_IN_FUTURE');
}

/** Attendance counts people per known group, each a whole number of zero or more; answers it in group order. */
export function attendanceMustCountKnownGroups(attendance: Attendance): Attendance {
  ensure(
    typeof attendance === 'object' && attendance !== null && !Array.isArray(attendance),
    () =>
      new DomainError(
        'TEMPORARY_TABLE.ATTENDANCE_INVALID',
        'Attendance gives the number of people per group.',
        'rule',
        'attendance',
      ),
  );
  const entries: [string, unknown][] = Object.entries(attendance);
  entries.forEach(([group, count]) => {
    const field = `attendance.${group}`;
    groupMustBeKnown(group, field);
    ensure(
      typeof count === 'number' && Number.isInteger(count) && count >= 0,
      () =>
        new DomainError(
          'TEMPORARY_TABLE.ATTENDANCE_COUNT_INVALID',
          'The number of people of a group at a session is a whole number of zero or more.',
          'rule',
          field,
        ),
    );
  });
  const counted: Partial<Record<TableGroup, number>> = {};
  TABLE_GROUPS.forEach((group) => {
    const count = attendance[group];
    if (count !== undefined) counted[group] = count;
  });
  return counted;
}
