import { specification } from '../testing';
import type { HoldSession } from './temporary-table.commands';
import { temporaryTableDecider } from './temporary-table.decider';
import {
  context,
  closedHistory,
  holdSession,
  otherSessionId,
  sessionHeld,
  tableId,
  tableOpened,
} from './temporary-table.fixtures';

const spec = specification(temporaryTableDecider);

const attendance = (value: unknown): HoldSession['data']['attendance'] => value as HoldSession['data']['attendance'];

describe('holding a session', () => {
  describe('when the table has not been opened', () => {
    it('refuses the session', () => {
      spec.given([]).when(holdSession()).thenRefuses('TEMPORARY_TABLE.NOT_FOUND', 'not-found');
    });
  });

  describe('when the table is open', () => {
    it('records the session with the attendance of each group', () => {
      spec.given([tableOpened]).when(holdSession()).then([sessionHeld]);
    });

    it('records a session held today', () => {
      spec
        .given([tableOpened])
        .when(holdSession({ heldOn: '2026-11-23' }))
        .then([{ type: 'SessionHeld', data: { ...sessionHeld.data, heldOn: '2026-11-23' } }]);
    });

    it('takes today as the Dutch calendar day, even when it is still the day before in UTC', () => {
      spec
        .given([tableOpened])
        .when({ ...holdSession({ heldOn: '2026-11-24' }), context: { ...context, now: '2026-11-23T23:30:00Z' } })
        .then([{ type: 'SessionHeld', data: { ...sessionHeld.data, heldOn: '2026-11-24' } }]);
    });

    it('records a session nobody came to', () => {
      spec
        .given([tableOpened])
        .when(holdSession({ sessionId: otherSessionId, attendance: {} }))
        .then([
          { type: 'SessionHeld', data: { tableId, sessionId: otherSessionId, heldOn: '2026-11-19', attendance: {} } },
        ]);
    });

    it('refuses a session held after today', () => {
      spec
        .given([tableOpened])
        .when(holdSession({ heldOn: '2026-11-24' }))
        .thenRefuses('TEMPORARY_TABLE.HELD_ON_IN_FUTURE', 'rule');
    });

    it('refuses a date that is not a calendar date', () => {
      spec
        .given([tableOpened])
        .when(holdSession({ heldOn: '19-11-2026' }))
        .thenRefuses('TEMPORARY_TABLE.HELD_ON_INVALID', 'rule');
    });

    it('refuses attendance of a group that is not one of the groups', () => {
      spec
        .given([tableOpened])
        .when(holdSession({ attendance: attendance({ carer: 2, aldermen: 1 }) }))
        .thenRefuses('TEMPORARY_TABLE.GROUP_UNKNOWN', 'rule');
    });

    it('refuses a negative number of people', () => {
      spec
        .given([tableOpened])
        .when(holdSession({ attendance: { carer: -1 } }))
        .thenRefuses('TEMPORARY_TABLE.ATTENDANCE_COUNT_INVALID', 'rule');
    });

    it('refuses a number of people that is not whole', () => {
      spec
        .given([tableOpened])
        .when(holdSession({ attendance: { youth: 2.5 } }))
        .thenRefuses('TEMPORARY_TABLE.ATTENDANCE_COUNT_INVALID', 'rule');
    });

    it('refuses a number of people that is not a number', () => {
      spec
        .given([tableOpened])
        .when(holdSession({ attendance: attendance({ youth: '3' }) }))
        .thenRefuses('TEMPORARY_TABLE.ATTENDANCE_COUNT_INVALID', 'rule');
    });

    it('refuses attendance that is not given per group', () => {
      spec
        .given([tableOpened])
        .when(holdSession({ attendance: attendance([3, 2]) }))
        .thenRefuses('TEMPORARY_TABLE.ATTENDANCE_INVALID', 'rule');
    });

    it('refuses a session without attendance', () => {
      spec
        .given([tableOpened])
        .when(holdSession({ attendance: attendance(null) }))
        .thenRefuses('TEMPORARY_TABLE.ATTENDANCE_INVALID', 'rule');
    });
  });

  describe('when the session is already recorded', () => {
    it('refuses to record it again', () => {
      spec
        .given([tableOpened, sessionHeld])
        .when(holdSession())
        .thenRefuses('TEMPORARY_TABLE.SESSION_ALREADY_HELD', 'conflict');
    });
  });

  describe('when the table is closed', () => {
    it('refuses a new session', () => {
      spec
        .given(closedHistory)
        .when(holdSession({ sessionId: otherSessionId }))
        .thenRefuses('TEMPORARY_TABLE.CLOSED', 'conflict');
    });
  });
});
