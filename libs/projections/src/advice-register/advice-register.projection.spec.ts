import {
  adviceTrajectoryDecider,
  collegesYetToRespond,
  fold as foldDomain,
  overdueCheckpoints,
  overdueSide,
  type AdviceTrajectoryEvent,
} from '#domain';
import type { RecordedEvent } from '#event-store';
import { projectionSpecification } from '../testing';
import type { AdviceRegisterDoc } from './advice-register.doc';
import { trajectoryEvents } from './advice-register.fixtures';
import { adviceRegister } from './advice-register.projection';
import {
  adviceTermsOf,
  collegesYetToRespondOf,
  overdueCheckpointsOf,
  overdueSideOf,
  trajectoryTermsOf,
} from './advice-register.terms';

const TRAJECTORY = 'c0a80101-0000-4000-8000-000000000a01';
const BODY = 'c0a80101-0000-4000-8000-0000000000b1';
const SIGNAL = 'c0a80101-0000-4000-8000-000000000c01';
const TABLE = 'c0a80101-0000-4000-8000-000000000d01';

const event = trajectoryEvents(TRAJECTORY, { firstPosition: 201n });

const started = event('AdviceTrajectoryStarted', {
  municipalityCode: 'GM0375',
  bodyId: BODY,
  kind: 'solicited',
  subject: 'Herziening verordening Wmo 2027',
  domain: 'wmo',
  policyPhase: 'agenda-setting',
  responseDueOn: '2026-05-01',
});
const approach = event('ParticipationApproachAgreed', {
  forms: ['theme-table'],
  phases: ['agenda-setting'],
  roles: 'De raad leidt de tafel.',
});
const signalLinked = event('SignalLinked', { signalId: SIGNAL });
const tableLinked = event('TemporaryTableLinked', { tableId: TABLE });
const recommendations = [
  { number: 1, text: 'Eén loket.' },
  { number: 2, text: 'Een vaste contactpersoon.' },
];
const draft = event('AdviceIssued', {
  version: 1,
  supersedesVersion: null,
  issuedOn: '2026-03-02',
  summary: 'Eerste versie.',
  clientPerspective: 'Cliënten willen één loket.',
  recommendations: [recommendations[0]],
});
const revised = event('AdviceIssued', {
  version: 2,
  supersedesVersion: 1,
  issuedOn: '2026-03-09',
  summary: 'Maak de Wmo dichtbij.',
  clientPerspective: 'Cliënten willen één loket en een vaste contactpersoon.',
  recommendations,
});
const responded = event('CollegeResponseRecorded', {
  adviceVersion: 2,
  respondedOn: '2026-04-06',
  decisions: [
    { recommendationNumber: 1, decision: 'adopted' },
    { recommendationNumber: 2, decision: 'not-adopted', reasoning: 'Te duur.' },
  ],
  documentRef: 'B&W 2026/0412',
});
const attached = event('AdviceAttachedToCouncilProposal', { proposalRef: 'RV-2026-031', attachedOn: '2026-04-20' });
const postponed = event('CouncilDecisionRecorded', {
  proposalRef: 'RV-2026-031',
  decidedOn: '2026-05-18',
  decision: 'postponed',
  note: 'Naar de volgende raad.',
});
const amended = event('CouncilDecisionRecorded', {
  proposalRef: 'RV-2026-031',
  decidedOn: '2026-06-15',
  decision: 'amended',
});
const followUp = event('ImplementationFollowUpAgreed', {
  checkpoints: [{ dueOn: '2026-10-01', description: 'Staat het loket er?' }],
});
const inProgress = event('ImplementationProgressReported', {
  recommendationNumber: 1,
  status: 'in-progress',
  reportedOn: '2026-07-01',
});
const realised = event('ImplementationProgressReported', {
  recommendationNumber: 1,
  status: 'realised',
  reportedOn: '2026-10-01',
});
const disputed = event('DisputeRaised', { disputeNumber: 1, reason: 'Geen terugkoppeling.' });
const resolved = event('DisputeResolved', { disputeNumber: 1, resolution: 'Alsnog gegeven.' });
const closed = event('AdviceTrajectoryClosed', { note: 'Afgerond.' });
const withdrawn = event('AdviceTrajectoryWithdrawn', { reason: 'Niet meer nodig.' });

const walk = [
  started,
  approach,
  signalLinked,
  tableLinked,
  draft,
  revised,
  responded,
  attached,
  postponed,
  amended,
  followUp,
  inProgress,
  realised,
  disputed,
  resolved,
  closed,
];

const spec = projectionSpecification(adviceRegister, TRAJECTORY);

const domainStateOf = (events: RecordedEvent[]) =>
  foldDomain(
    adviceTrajectoryDecider,
    events.map((e) => ({ type: e.type, data: e.data }) as AdviceTrajectoryEvent),
  );

describe('the advice register', () => {
  it('registers a started trajectory with its due date', () => {
    spec
      .given()
      .when(started)
      .then({
        trajectoryId: TRAJECTORY,
        municipalityCode: 'GM0375',
        bodyId: BODY,
        kind: 'solicited',
        subject: 'Herziening verordening Wmo 2027',
        domain: 'wmo',
        policyPhase: 'agenda-setting',
        responseDueOn: '2026-05-01',
        addressedTo: ['GM0375'],
        status: 'started',
        signalIds: [],
        tableIds: [],
        responses: [],
        proposals: [],
        followUp: [],
        disputes: [],
        startedAt: '2026-11-02T10:00:00.000Z',
      });
  });

  it('keeps only the current advice, each recommendation with the college decision and reasoning', () => {
    spec
      .given(started, draft, revised)
      .when(responded)
      .then((row) =>
        expect(row).toMatchObject({
          status: 'responded',
          respondedOn: '2026-04-06',
          documentRef: 'B&W 2026/0412',
          advice: {
            version: 2,
            issuedOn: '2026-03-09',
            recommendations: [
              { number: 1, text: 'Eén loket.', collegeDecision: 'adopted' },
              { number: 2, collegeDecision: 'not-adopted', reasoning: 'Te duur.' },
            ],
          },
        }),
      );
  });

  it('follows the trajectory through the council, implementation and a dispute to its close', () => {
    spec
      .given(...walk.slice(0, -1))
      .when(closed)
      .then((row) => {
        expect(row).toMatchObject({
          status: 'closed',
          approach: { forms: ['theme-table'], phases: ['agenda-setting'], roles: 'De raad leidt de tafel.' },
          signalIds: [SIGNAL],
          tableIds: [TABLE],
          proposals: [
            {
              municipalityCode: 'GM0375',
              proposalRef: 'RV-2026-031',
              attachedOn: '2026-04-20',
              decisions: [
                { decidedOn: '2026-05-18', decision: 'postponed', note: 'Naar de volgende raad.' },
                { decidedOn: '2026-06-15', decision: 'amended' },
              ],
            },
          ],
          followUp: [{ dueOn: '2026-10-01', description: 'Staat het loket er?' }],
          disputes: [{ disputeNumber: 1, reason: 'Geen terugkoppeling.', resolution: 'Alsnog gegeven.' }],
          closed: { note: 'Afgerond.', closedAt: '2026-11-02T10:00:00.000Z' },
        });
        expect(row?.advice?.recommendations[0]).toEqual({
          number: 1,
          text: 'Eén loket.',
          collegeDecision: 'adopted',
          implementation: { status: 'realised', reportedOn: '2026-10-01' },
        });
      });
  });

  it('names each step of the way as its status', () => {
    const statuses = [
      [started],
      [started, draft],
      [started, draft, responded],
      [started, draft, revised, responded, attached],
      [started, draft, revised, responded, attached, postponed],
      [started, draft, revised, responded, attached, postponed, amended],
      walk,
      [started, withdrawn],
    ].map((events) => spec.rowAfter(events)?.status);
    expect(statuses).toEqual([
      'started',
      'advised',
      'responded',
      'attached',
      'attached',
      'decided',
      'closed',
      'withdrawn',
    ]);
  });

  it('changes nothing when every event is applied twice', () => {
    spec.thenEachEventTwiceChangesNothing(walk);
    spec.thenEachEventTwiceChangesNothing([started, withdrawn]);
  });

  it('takes nothing more once the trajectory is withdrawn', () => {
    spec
      .given(started, draft, withdrawn)
      .when(revised)
      .then((row) => {
        expect(row).toMatchObject({ status: 'withdrawn', withdrawn: { reason: 'Niet meer nodig.' } });
        expect(row?.advice?.version).toBe(1);
      });
  });

  it('ignores events about a trajectory it never saw started', () => {
    spec.given(draft).when(responded).then(null);
  });

  it('judges overdue sides, follow-up checkpoints and colleges to answer exactly as the domain does', () => {
    const dueForAdvice = event('AdviceTrajectoryStarted', {
      ...(started.data as object),
      responseDueOn: undefined,
      adviceDueOn: '2026-03-01',
    });
    const cases = [
      [started],
      [started, draft],
      [started, draft, responded],
      [started, draft, withdrawn],
      [dueForAdvice],
      [dueForAdvice, draft],
      [started, draft, responded, followUp],
      [started, draft, responded, followUp, inProgress],
      [started, draft, responded, followUp, realised],
      walk,
    ];
    for (const events of cases) {
      const row = spec.rowAfter(events) as AdviceRegisterDoc;
      for (const today of ['2026-02-28', '2026-03-02', '2026-04-30', '2026-05-01', '2026-05-02', '2026-10-02']) {
        const state = domainStateOf(events);
        expect(overdueSideOf(row, today)).toBe(overdueSide(state, today));
        expect(overdueCheckpointsOf(row, today)).toEqual(overdueCheckpoints(state, today));
        // The register page's one reading of a row for its three terms, from the narrow terms.
        expect(adviceTermsOf(row, today)).toEqual({
          overdueSide: overdueSide(state, today),
          overdueCheckpoints: overdueCheckpoints(state, today),
          collegesYetToRespond: collegesYetToRespond(state),
        });
      }
      expect(trajectoryTermsOf(row).status).toBe(domainStateOf(events).status);
      expect(collegesYetToRespondOf(row)).toEqual(collegesYetToRespond(domainStateOf(events)));
    }
    expect(overdueSideOf(spec.rowAfter([started, draft]) as AdviceRegisterDoc, '2026-05-02')).toBe('college');
    expect(overdueSideOf(spec.rowAfter([dueForAdvice]) as AdviceRegisterDoc, '2026-03-02')).toBe('body');
  });
});
