import { fold } from '../kit';
import { representativeness } from './representativeness';
import { temporaryTableDecider, temporaryTableStreamId } from './temporary-table.decider';
import {
  carerContributionRecorded,
  contributionId,
  contributionRecorded,
  otherContributionId,
  participantId,
  participantRegistered,
  sessionHeld,
  sessionId,
  tableClosed,
  tableClosedWithWaiver,
  tableId,
  tableOpened,
  waiver,
} from './temporary-table.fixtures';

const fullHistory = [
  tableOpened,
  participantRegistered,
  sessionHeld,
  contributionRecorded,
  carerContributionRecorded,
  tableClosed,
];

describe('the state of a temporary table', () => {
  it('keeps its ids, the groups that were present and whether the client was heard after its history', () => {
    expect(fold(temporaryTableDecider, fullHistory)).toEqual({
      status: 'closed',
      ...tableOpened.data,
      participantIds: [participantId],
      sessionIds: [sessionId],
      contributionIds: [contributionId, otherContributionId],
      presentGroups: ['client', 'carer', 'professional'],
      clientPerspectiveHeard: true,
      outcome: 'advice',
    });
  });

  it('keeps the reason a table closed without the client perspective', () => {
    expect(fold(temporaryTableDecider, [tableOpened, carerContributionRecorded, tableClosedWithWaiver])).toMatchObject({
      status: 'closed',
      clientPerspectiveHeard: false,
      clientPerspectiveWaiver: waiver,
    });
  });

  it('lives in a stream named by its id', () => {
    expect(temporaryTableStreamId(tableId)).toBe(`temporary-table-${tableId}`);
  });
});

describe('the representativeness of a temporary table', () => {
  it('names the expected groups, the groups that were there and the expected groups that were not', () => {
    expect(representativeness(fold(temporaryTableDecider, fullHistory))).toEqual({
      expected: ['client', 'carer', 'youth'],
      present: ['client', 'carer', 'professional'],
      missing: ['youth'],
    });
  });

  it('does not count a group that came to a session with nobody', () => {
    expect(representativeness(fold(temporaryTableDecider, [tableOpened, sessionHeld]))).toEqual({
      expected: ['client', 'carer', 'youth'],
      present: ['carer', 'professional'],
      missing: ['client', 'youth'],
    });
  });

  it('misses every expected group at a table nobody came to yet', () => {
    expect(representativeness(fold(temporaryTableDecider, [tableOpened]))).toEqual({
      expected: ['client', 'carer', 'youth'],
      present: [],
      missing: ['client', 'carer', 'youth'],
    });
  });

  it('is empty for a table that was never opened', () => {
    expect(representativeness(temporaryTableDecider.initialState())).toEqual({
      expected: [],
      present: [],
      missing: [],
    });
  });
});
