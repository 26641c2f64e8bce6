import type { AssessSignal, CloseSignal, RecordSignal, ReferSignal } from './signal.commands';
import type { SignalAssessed, SignalClosed, SignalRecorded, SignalReferred } from './signal.events';

export const context = { now: '2026-11-23T10:00:00+01:00', actor: { id: 'member-1', role: 'body-member' } };

export const signalId = 'c0a80101-0000-4000-8000-000000000051';
export const bodyId = 'c0a80101-0000-4000-8000-0000000000b1';
export const reporterId = 'c0a80101-0000-4000-8000-0000000000a1';

export const recordSignal = (overrides: Partial<RecordSignal['data']> = {}): RecordSignal => ({
  type: 'RecordSignal',
  context,
  data: {
    signalId,
    bodyId,
    municipalityCode: 'GM0453',
    channel: 'living-room-talk',
    receivedOn: '2026-11-20',
    themes: ['vervoer', 'eenzaamheid'],
    domain: 'wmo',
    summary: 'Regiotaxi komt vaak te laat, bewoners missen afspraken.',
    area: 'IJmuiden',
    targetGroups: ['ouderen'],
    reporter: { personId: reporterId, name: 'J. de Vries', contact: '06-12345678' },
    subjectId: reporterId,
    ...overrides,
  },
});

export const signalRecorded: SignalRecorded = {
  type: 'SignalRecorded',
  data: {
    signalId,
    bodyId,
    municipalityCode: 'GM0453',
    channel: 'living-room-talk',
    receivedOn: '2026-11-20',
    themes: ['vervoer', 'eenzaamheid'],
    domain: 'wmo',
    subjectId: reporterId,
    summary: { personId: reporterId, value: 'Regiotaxi komt vaak te laat, bewoners missen afspraken.' },
    area: 'IJmuiden',
    targetGroups: ['ouderen'],
    reporter: { personId: reporterId, value: { name: 'J. de Vries', contact: '06-12345678' } },
  },
};

export const assessSignal = (overrides: Partial<AssessSignal['data']> = {}): AssessSignal => ({
  type: 'AssessSignal',
  context,
  data: { signalId, scope: 'individual', rationale: 'Gaat over één rit van één bewoner.', ...overrides },
});

export const assessedIndividual: SignalAssessed = {
  type: 'SignalAssessed',
  data: {
    signalId,
    scope: 'individual',
    rationale: { personId: reporterId, value: 'Gaat over één rit van één bewoner.' },
  },
};

export const assessedCollective: SignalAssessed = {
  type: 'SignalAssessed',
  data: {
    signalId,
    scope: 'collective',
    rationale: { personId: reporterId, value: 'Speelt in meerdere kernen.' },
  },
};

export const referSignal = (overrides: Partial<ReferSignal['data']> = {}): ReferSignal => ({
  type: 'ReferSignal',
  context,
  data: { signalId, referredTo: 'Cliëntondersteuning Velsen', note: 'Bewoner belt zelf terug.', ...overrides },
});

export const signalReferred: SignalReferred = {
  type: 'SignalReferred',
  data: {
    signalId,
    referredTo: 'Cliëntondersteuning Velsen',
    note: { personId: reporterId, value: 'Bewoner belt zelf terug.' },
  },
};

export const closeSignal = (overrides: Partial<CloseSignal['data']> = {}): CloseSignal => ({
  type: 'CloseSignal',
  context,
  data: { signalId, outcome: 'Vervoerder heeft excuses aangeboden.', feedbackGiven: true, ...overrides },
});

export const signalClosed: SignalClosed = {
  type: 'SignalClosed',
  data: {
    signalId,
    outcome: { personId: reporterId, value: 'Vervoerder heeft excuses aangeboden.' },
    feedbackGiven: true,
  },
};
