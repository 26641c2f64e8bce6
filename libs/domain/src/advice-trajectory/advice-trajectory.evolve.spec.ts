import { fold } from '../kit';
import { adviceTrajectoryDecider, adviceTrajectoryStreamId } from './advice-trajectory.decider';
import {
  BODY_ID,
  SIGNAL_ID,
  TABLE_ID,
  TRAJECTORY_ID,
  adviceIssued,
  adviceRevised,
  advised,
  approachAgreed,
  approachConfirmed,
  approachProposed,
  attached,
  closed,
  collegeResponded,
  councilAdopted,
  councilPostponed,
  disputeRaised,
  disputeResolved,
  event,
  followUpAgreed,
  progressReported,
  responded,
  signalLinked,
  started,
  tableLinked,
  withdrawn,
} from './advice-trajectory.fixtures';
import { isAdviceOverdue, isOverdue, overdueSide } from './advice-trajectory.state';

const dropped = event('ImplementationProgressReported', {
  recommendationNumber: 3,
  status: 'dropped',
  reportedOn: '2026-11-21',
  note: 'National law leaves no room.',
});

describe('the state of an advice trajectory', () => {
  it('holds everything a full history recorded', () => {
    const history = [
      started,
      approachAgreed,
      signalLinked,
      tableLinked,
      adviceIssued,
      disputeRaised,
      disputeResolved,
      collegeResponded,
      attached,
      councilPostponed,
      councilAdopted,
      followUpAgreed,
      dropped,
      progressReported,
      closed,
    ];
    expect(fold(adviceTrajectoryDecider, history)).toEqual({
      status: 'closed',
      trajectoryId: TRAJECTORY_ID,
      municipalityCode: 'GM0375',
      bodyId: BODY_ID,
      kind: 'solicited',
      subject: 'Beleidsplan Wmo 2027-2030',
      domain: 'wmo',
      policyPhase: 'preparation',
      responseDueOn: '2026-10-15',
      question: 'How do residents find the support they need?',
      addressedTo: ['GM0375'],
      approach: {
        forms: ['theme-table', 'survey'],
        phases: ['preparation', 'evaluation'],
        roles: 'The council hosts the table; the policy officer writes the draft.',
      },
      proposedApproach: null,
      signalIds: [SIGNAL_ID],
      tableIds: [TABLE_ID],
      advice: {
        version: 1,
        issuedOn: '2026-09-01',
        summary: adviceIssued.data.summary,
        clientPerspective: adviceIssued.data.clientPerspective,
        recommendations: adviceIssued.data.recommendations,
        adviceKind: 'content',
      },
      response: {
        adviceVersion: 1,
        respondedOn: '2026-10-01',
        decisions: collegeResponded.data.decisions,
        documentRef: 'Z/26/123456',
        municipalityCode: 'GM0375',
      },
      responses: [
        {
          adviceVersion: 1,
          respondedOn: '2026-10-01',
          decisions: collegeResponded.data.decisions,
          documentRef: 'Z/26/123456',
          municipalityCode: 'GM0375',
        },
      ],
      proposals: [
        {
          municipalityCode: 'GM0375',
          proposalRef: 'RV-2026-041',
          attachedOn: '2026-10-15',
          decisions: [
            { decidedOn: '2026-11-05', decision: 'postponed' },
            { decidedOn: '2026-11-19', decision: 'adopted', note: 'Adopted with the amendment on waiting times.' },
          ],
        },
      ],
      followUp: followUpAgreed.data.checkpoints,
      progress: [
        { recommendationNumber: 1, status: 'in-progress', reportedOn: '2026-11-20' },
        { recommendationNumber: 3, status: 'dropped', reportedOn: '2026-11-21', note: 'National law leaves no room.' },
      ],
      disputes: [
        {
          disputeNumber: 1,
          reason: disputeRaised.data.reason,
          resolution: disputeResolved.data.resolution,
        },
      ],
      end: { outcome: 'closed' },
    });
  });

  it('keeps a proposed approach apart until the other side confirms it', () => {
    const proposed = fold(adviceTrajectoryDecider, [started, approachProposed]);
    expect(proposed).toMatchObject({
      approach: null,
      proposedApproach: { forms: ['theme-table', 'survey'], proposedBy: 'municipality' },
    });
    const agreed = fold(adviceTrajectoryDecider, [started, approachProposed, approachConfirmed]);
    expect(agreed).toMatchObject({
      approach: { forms: ['theme-table', 'survey'], proposedBy: 'municipality', confirmedBy: 'body' },
      proposedApproach: null,
    });
  });

  it('keeps the agreed approach while a change to it awaits confirmation', () => {
    const state = fold(adviceTrajectoryDecider, [started, approachAgreed, approachProposed]);
    expect(state).toMatchObject({
      approach: { forms: ['theme-table', 'survey'] },
      proposedApproach: { proposedBy: 'municipality' },
    });
  });

  it('keeps only the latest version of a revised advice', () => {
    const state = fold(adviceTrajectoryDecider, [...advised, adviceRevised]);
    expect(state).toMatchObject({ status: 'advice-issued', advice: { version: 2, issuedOn: '2026-09-10' } });
  });

  it('keeps the reason of a withdrawal and the advice that was out', () => {
    const state = fold(adviceTrajectoryDecider, [...advised, withdrawn]);
    expect(state).toMatchObject({
      status: 'withdrawn',
      advice: { version: 1 },
      response: null,
      end: { outcome: 'withdrawn', reason: 'The policy plan was cancelled.' },
    });
  });

  it('names its stream after the trajectory', () => {
    expect(adviceTrajectoryStreamId(TRAJECTORY_ID)).toBe(`advice-trajectory-${TRAJECTORY_ID}`);
  });
});

describe('whether the college response is overdue', () => {
  const awaiting = fold(adviceTrajectoryDecider, advised);

  it('is overdue when the advice awaits a response past its due date', () => {
    expect(isOverdue(awaiting, '2026-10-16')).toBe(true);
  });

  it('is not overdue on the due date itself', () => {
    expect(isOverdue(awaiting, '2026-10-15')).toBe(false);
  });

  it('is never overdue without a due date', () => {
    const { responseDueOn: _dueOn, ...withoutDueDate } = started.data;
    const state = fold(adviceTrajectoryDecider, [event('AdviceTrajectoryStarted', withoutDueDate), adviceIssued]);
    expect(isOverdue(state, '2027-01-01')).toBe(false);
  });

  it('is not overdue before the advice is issued', () => {
    expect(isOverdue(fold(adviceTrajectoryDecider, [started]), '2027-01-01')).toBe(false);
  });

  it('is not overdue once the college has responded', () => {
    expect(isOverdue(fold(adviceTrajectoryDecider, responded), '2027-01-01')).toBe(false);
  });

  it('is not overdue once the trajectory is withdrawn', () => {
    expect(isOverdue(fold(adviceTrajectoryDecider, [...advised, withdrawn]), '2027-01-01')).toBe(false);
  });
});

describe('whose side an overdue belongs to', () => {
  const dueForAdvice = event('AdviceTrajectoryStarted', { ...started.data, adviceDueOn: '2026-08-15' });

  it("is the body's when its advice is past the advice deadline", () => {
    const state = fold(adviceTrajectoryDecider, [dueForAdvice]);
    expect(isAdviceOverdue(state, '2026-08-16')).toBe(true);
    expect(overdueSide(state, '2026-08-16')).toBe('body');
  });

  it("is nobody's on the advice deadline itself", () => {
    expect(overdueSide(fold(adviceTrajectoryDecider, [dueForAdvice]), '2026-08-15')).toBeUndefined();
  });

  it("is the college's once the advice is out and the response is late", () => {
    expect(overdueSide(fold(adviceTrajectoryDecider, [dueForAdvice, adviceIssued]), '2026-10-16')).toBe('college');
  });

  it('follows the deadline the advice set when the trajectory had none', () => {
    const { responseDueOn: _dueOn, ...withoutDueDate } = started.data;
    const state = fold(adviceTrajectoryDecider, [
      event('AdviceTrajectoryStarted', withoutDueDate),
      event('AdviceIssued', { ...adviceIssued.data, responseDueOn: '2026-10-13' }),
    ]);
    expect(state).toMatchObject({ responseDueOn: '2026-10-13' });
    expect(isOverdue(state, '2026-10-14')).toBe(true);
  });
});
