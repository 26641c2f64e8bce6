import type {
  CloseTemporaryTable,
  HoldSession,
  OpenTemporaryTable,
  RecordContribution,
  RegisterParticipant,
} from './temporary-table.commands';
import type {
  ContributionRecorded,
  ParticipantRegistered,
  SessionHeld,
  TemporaryTableClosed,
  TemporaryTableOpened,
} from './temporary-table.events';

export const tableId = 'c0a80101-0000-4000-8000-0000000000a1';
export const bodyId = 'c0a80101-0000-4000-8000-0000000000b1';
export const participantId = 'c0a80101-0000-4000-8000-0000000000d1';
export const otherParticipantId = 'c0a80101-0000-4000-8000-0000000000d2';
export const sessionId = 'c0a80101-0000-4000-8000-0000000000f1';
export const otherSessionId = 'c0a80101-0000-4000-8000-0000000000f2';
export const contributionId = 'c0a80101-0000-4000-8000-0000000000c1';
export const otherContributionId = 'c0a80101-0000-4000-8000-0000000000c2';

export const context = { now: '2026-11-23T10:00:00+01:00', actor: { id: 'member-1', role: 'body-member' } };

export const openTable = (overrides: Partial<OpenTemporaryTable['data']> = {}): OpenTemporaryTable => ({
  type: 'OpenTemporaryTable',
  context,
  data: {
    tableId,
    municipalityCode: 'GM0375',
    bodyId,
    theme: 'Nieuwe woonvormen',
    question: 'Welke woonvormen helpen ouderen langer zelfstandig te wonen?',
    initiatedBy: 'body',
    form: 'theme-table',
    expectedGroups: ['client', 'carer', 'youth'],
    plannedUntil: '2027-03-31',
    ...overrides,
  },
});

export const tableOpened: TemporaryTableOpened = {
  type: 'TemporaryTableOpened',
  data: {
    tableId,
    municipalityCode: 'GM0375',
    bodyId,
    theme: 'Nieuwe woonvormen',
    question: 'Welke woonvormen helpen ouderen langer zelfstandig te wonen?',
    initiatedBy: 'body',
    form: 'theme-table',
    expectedGroups: ['client', 'carer', 'youth'],
    plannedUntil: '2027-03-31',
  },
};

export const registerParticipant = (overrides: Partial<RegisterParticipant['data']> = {}): RegisterParticipant => ({
  type: 'RegisterParticipant',
  context,
  data: {
    tableId,
    participantId,
    perspective: 'carer',
    consent: true,
    displayName: 'Anouk Jansen',
    ageBand: '45-64',
    area: 'Velsen-Noord',
    ...overrides,
  },
});

export const participantRegistered: ParticipantRegistered = {
  type: 'ParticipantRegistered',
  data: {
    tableId,
    participantId,
    perspective: 'carer',
    consent: true,
    displayName: { personId: participantId, value: 'Anouk Jansen' },
    ageBand: '45-64',
    area: 'Velsen-Noord',
  },
};

export const holdSession = (overrides: Partial<HoldSession['data']> = {}): HoldSession => ({
  type: 'HoldSession',
  context,
  data: { tableId, sessionId, heldOn: '2026-11-19', attendance: { carer: 3, professional: 2, youth: 0 }, ...overrides },
});

export const sessionHeld: SessionHeld = {
  type: 'SessionHeld',
  data: { tableId, sessionId, heldOn: '2026-11-19', attendance: { carer: 3, youth: 0, professional: 2 } },
};

export const recordContribution = (overrides: Partial<RecordContribution['data']> = {}): RecordContribution => ({
  type: 'RecordContribution',
  context,
  data: {
    tableId,
    contributionId,
    perspective: 'client',
    summary: 'Een hofje met gedeelde tuin voorkomt eenzaamheid.',
    sessionId,
    ...overrides,
  },
});

export const contributionRecorded: ContributionRecorded = {
  type: 'ContributionRecorded',
  data: {
    tableId,
    contributionId,
    perspective: 'client',
    summary: { personId: contributionId, value: 'Een hofje met gedeelde tuin voorkomt eenzaamheid.' },
    sessionId,
  },
};

export const carerContributionRecorded: ContributionRecorded = {
  type: 'ContributionRecorded',
  data: {
    tableId,
    contributionId: otherContributionId,
    perspective: 'carer',
    summary: { personId: otherContributionId, value: 'Mantelzorgers willen dichtbij kunnen wonen.' },
  },
};

export const closeTable = (overrides: Partial<CloseTemporaryTable['data']> = {}): CloseTemporaryTable => ({
  type: 'CloseTemporaryTable',
  context,
  data: { tableId, outcome: 'advice', summary: 'Advies over hofjeswoningen voor ouderen.', ...overrides },
});

export const tableClosed: TemporaryTableClosed = {
  type: 'TemporaryTableClosed',
  data: { tableId, outcome: 'advice', summary: 'Advies over hofjeswoningen voor ouderen.' },
};

export const waiver = 'Cliënten zijn via de cliëntenraad van de zorginstelling apart gehoord.';

export const tableClosedWithWaiver: TemporaryTableClosed = {
  type: 'TemporaryTableClosed',
  data: { ...tableClosed.data, clientPerspectiveWaiver: waiver },
};

/** A table that heard a client in its session and closed with advice. */
export const closedHistory = [tableOpened, sessionHeld, contributionRecorded, tableClosed];
