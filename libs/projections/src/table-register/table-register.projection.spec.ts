import { projectionSpecification, recordedEvents } from '../testing';
import { tableRegister } from './table-register.projection';

const TABLE = 'c0a80101-0000-4000-8000-0000000000a1';
const PARTICIPANT = 'c0a80101-0000-4000-8000-0000000000d1';
const SESSION = 'c0a80101-0000-4000-8000-0000000000f1';
const CONTRIBUTION = 'c0a80101-0000-4000-8000-0000000000c1';
const sealed = (personId: string) => ({ personId, ciphertext: 'c2VhbGVk' });
const event = recordedEvents({
  streamId: `temporary-table-${TABLE}`,
  at: '2026-11-19T10:00:00Z',
  actor: { id: 'u1', role: 'body-member' },
  data: { tableId: TABLE },
});

const opened = event('TemporaryTableOpened', {
  municipalityCode: 'GM0375',
  bodyId: 'body-1',
  theme: 'Nieuwe woonvormen',
  question: 'Welke woonvormen helpen ouderen langer zelfstandig te wonen?',
  initiatedBy: 'body',
  form: 'theme-table',
  expectedGroups: ['client', 'carer', 'youth'],
  plannedUntil: '2027-03-31',
});
const registered = event('ParticipantRegistered', {
  participantId: PARTICIPANT,
  perspective: 'carer',
  consent: true,
  displayName: sealed(PARTICIPANT),
  ageBand: '45-64',
  area: 'Velsen-Noord',
});
const held = event('SessionHeld', {
  sessionId: SESSION,
  heldOn: '2026-11-19',
  attendance: { client: 2, 'lived-experience': 1, carer: 3, youth: 0 },
});
const contributed = event('ContributionRecorded', {
  contributionId: CONTRIBUTION,
  perspective: 'carer',
  summary: sealed(CONTRIBUTION),
  sessionId: SESSION,
});
const closed = event('TemporaryTableClosed', {
  outcome: 'advice',
  summary: 'Advies over hofjeswoningen voor ouderen.',
  clientPerspectiveWaiver: 'Cliënten zijn apart gehoord.',
  missingGroupReasons: { youth: 'De sessies vielen onder schooltijd.' },
});
const everything = [opened, registered, held, contributed, closed];

const spec = projectionSpecification(tableRegister, TABLE);

describe('the table register', () => {
  it('keeps an opened table with every expected group still missing', () => {
    spec
      .given()
      .when(opened)
      .then((row) =>
        expect(row).toMatchObject({
          tableId: TABLE,
          municipalityCode: 'GM0375',
          status: 'open',
          expectedGroups: ['client', 'carer', 'youth'],
          plannedUntil: '2027-03-31',
          participants: [],
          representativeness: {
            expected: ['client', 'carer', 'youth'],
            present: [],
            missing: ['client', 'carer', 'youth'],
          },
          participantsByPerspective: [],
        }),
      );
  });

  it('keeps the participant with the name still sealed', () => {
    spec
      .given(opened)
      .when(registered)
      .then((row) =>
        expect(row?.participants).toEqual([
          {
            participantId: PARTICIPANT,
            perspective: 'carer',
            ageBand: '45-64',
            area: 'Velsen-Noord',
            displayName: sealed(PARTICIPANT),
            registeredAt: '2026-11-19T10:00:00.000Z',
          },
        ]),
      );
  });

  it('counts groups at a session as present, and an expected group that never came as missing', () => {
    spec
      .given(opened, registered)
      .when(held)
      .then((row) =>
        expect(row?.representativeness).toEqual({
          expected: ['client', 'carer', 'youth'],
          present: ['client', 'lived-experience', 'carer'],
          missing: ['youth'],
        }),
      );
  });

  it('follows the table through contributions to its close', () => {
    spec
      .given(...everything.slice(0, -1))
      .when(closed)
      .then((row) =>
        expect(row).toMatchObject({
          status: 'closed',
          sessions: [{ sessionId: SESSION, heldOn: '2026-11-19' }],
          contributions: [
            { contributionId: CONTRIBUTION, perspective: 'carer', sessionId: SESSION, summary: sealed(CONTRIBUTION) },
          ],
          close: {
            outcome: 'advice',
            summary: 'Advies over hofjeswoningen voor ouderen.',
            clientPerspectiveWaiver: 'Cliënten zijn apart gehoord.',
            missingGroupReasons: { youth: 'De sessies vielen onder schooltijd.' },
            closedAt: '2026-11-19T10:00:00.000Z',
          },
          participantsByPerspective: [{ perspective: 'carer', count: 1 }],
          contributionsByPerspective: [{ perspective: 'carer', count: 1 }],
        }),
      );
  });

  it('counts participants and contributions per perspective in the order of the groups', () => {
    const youth = event('ParticipantRegistered', { participantId: 'p-2', perspective: 'youth', consent: true });
    const client = event('ContributionRecorded', {
      contributionId: 'c-2',
      perspective: 'client',
      summary: sealed('c-2'),
    });
    spec
      .given(opened, youth, registered, contributed)
      .when(client)
      .then((row) => {
        expect(row?.participantsByPerspective).toEqual([
          { perspective: 'carer', count: 1 },
          { perspective: 'youth', count: 1 },
        ]);
        expect(row?.contributionsByPerspective).toEqual([
          { perspective: 'client', count: 1 },
          { perspective: 'carer', count: 1 },
        ]);
        expect(row?.representativeness.missing).toEqual([]);
      });
  });

  it('changes nothing when every event is applied twice', () => {
    spec.thenEachEventTwiceChangesNothing(everything);
  });

  it('changes nothing when the opening is replayed after later events', () => {
    spec
      .given(...everything)
      .when(opened)
      .then(spec.rowAfter(everything));
  });

  it('ignores events about a table it never saw opened', () => {
    spec.given(registered).when(held).then(null);
  });
});
