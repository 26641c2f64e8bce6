import { specification } from '../testing';
import type { RecordContribution } from './temporary-table.commands';
import { temporaryTableDecider } from './temporary-table.decider';
import {
  carerContributionRecorded,
  closedHistory,
  contributionRecorded,
  otherContributionId,
  otherSessionId,
  recordContribution,
  sessionHeld,
  tableOpened,
} from './temporary-table.fixtures';

const spec = specification(temporaryTableDecider);

describe('recording a contribution', () => {
  describe('when the table has not been opened', () => {
    it('refuses the contribution', () => {
      spec.given([]).when(recordContribution()).thenRefuses('TEMPORARY_TABLE.NOT_FOUND', 'not-found');
    });
  });

  describe('when the table is open and a session was held', () => {
    it('records what a client brought in at the session, keeping it as personal data of the contribution', () => {
      spec.given([tableOpened, sessionHeld]).when(recordContribution()).then([contributionRecorded]);
    });

    it('records the summary without surrounding spaces', () => {
      spec
        .given([tableOpened, sessionHeld])
        .when(recordContribution({ summary: `  ${contributionRecorded.data.summary.value} ` }))
        .then([contributionRecorded]);
    });

    it('records a contribution brought in outside a session', () => {
      spec
        .given([tableOpened, sessionHeld])
        .when(
          recordContribution({
            contributionId: otherContributionId,
            perspective: 'carer',
            summary: 'Mantelzorgers willen dichtbij kunnen wonen.',
            sessionId: undefined,
          }),
        )
        .then([carerContributionRecorded]);
    });

    it('refuses a contribution without a summary', () => {
      spec
        .given([tableOpened, sessionHeld])
        .when(recordContribution({ summary: ' ' }))
        .thenRefuses('TEMPORARY_TABLE.CONTRIBUTION_SUMMARY_MISSING', 'rule');
    });

    it('refuses a contribution from a session not held at this table', () => {
      spec
        .given([tableOpened, sessionHeld])
        .when(recordContribution({ sessionId: otherSessionId }))
        .thenRefuses('TEMPORARY_TABLE.SESSION_UNKNOWN', 'rule');
    });

    it('refuses a perspective that is not one of the groups', () => {
      const perspective = 'council' as RecordContribution['data']['perspective'];
      spec
        .given([tableOpened, sessionHeld])
        .when(recordContribution({ perspective }))
        .thenRefuses('TEMPORARY_TABLE.GROUP_UNKNOWN', 'rule');
    });
  });

  describe('when the table is open and no session was held', () => {
    it('refuses a contribution that names a session', () => {
      spec.given([tableOpened]).when(recordContribution()).thenRefuses('TEMPORARY_TABLE.SESSION_UNKNOWN', 'rule');
    });
  });

  describe('when the contribution is already recorded', () => {
    it('refuses to record it again', () => {
      spec
        .given([tableOpened, sessionHeld, contributionRecorded])
        .when(recordContribution())
        .thenRefuses('TEMPORARY_TABLE.CONTRIBUTION_ALREADY_RECORDED', 'conflict');
    });
  });

  describe('when the table is closed', () => {
    it('refuses a new contribution', () => {
      spec
        .given(closedHistory)
        .when(recordContribution({ contributionId: otherContributionId }))
        .thenRefuses('TEMPORARY_TABLE.CLOSED', 'conflict');
    });
  });
});
