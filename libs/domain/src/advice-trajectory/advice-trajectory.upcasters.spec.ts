import { fold } from '../kit';
import { adviceTrajectoryDecider } from './advice-trajectory.decider';
import type { AdviceTrajectoryEvent } from './advice-trajectory.events';
import { upcastAdviceTrajectoryEvent } from './advice-trajectory.upcasters';

/** The events exactly as the first version wrote them (release fixture shape). */
const firstVersion: AdviceTrajectoryEvent[] = [
  {
    type: 'AdviceTrajectoryStarted',
    data: {
      trajectoryId: 't-1',
      municipalityCode: 'GM0453',
      bodyId: 'b-1',
      kind: 'solicited',
      subject: 'Beleidsplan Wmo',
      domain: 'wmo',
      policyPhase: 'preparation',
      responseDueOn: '2026-10-15',
    },
  },
  {
    type: 'AdviceIssued',
    data: {
      trajectoryId: 't-1',
      version: 1,
      supersedesVersion: null,
      issuedOn: '2026-09-01',
      summary: 'S.',
      clientPerspective: 'C.',
      recommendations: [{ number: 1, text: 'R.' }],
    },
  },
  {
    type: 'CollegeResponseRecorded',
    data: {
      trajectoryId: 't-1',
      adviceVersion: 1,
      respondedOn: '2026-10-01',
      decisions: [{ recommendationNumber: 1, decision: 'adopted' }],
    },
  },
];

describe('reading advice trajectory events the first version wrote', () => {
  it('reads a trajectory without addressed municipalities as addressed to its own', () => {
    expect(upcastAdviceTrajectoryEvent(firstVersion[0] as AdviceTrajectoryEvent).data).toMatchObject({
      addressedTo: ['GM0453'],
      responseDueOn: '2026-10-15',
    });
  });

  it('reads advice without a kind as content advice', () => {
    expect(upcastAdviceTrajectoryEvent(firstVersion[1] as AdviceTrajectoryEvent).data).toMatchObject({
      adviceKind: 'content',
      version: 1,
    });
  });

  it('leaves second-version fields as they were written', () => {
    const regional: AdviceTrajectoryEvent = {
      type: 'AdviceTrajectoryStarted',
      data: { ...(firstVersion[0]?.data as object), addressedTo: ['GM0453', 'GM0375'] } as never,
    };
    expect(upcastAdviceTrajectoryEvent(regional)).toBe(regional);
  });

  it('leaves other events unchanged', () => {
    expect(upcastAdviceTrajectoryEvent(firstVersion[2] as AdviceTrajectoryEvent)).toBe(firstVersion[2]);
  });

  it('folds to the same state whether or not the events were upcast', () => {
    const asWritten = fold(adviceTrajectoryDecider, firstVersion);
    const upcast = fold(adviceTrajectoryDecider, firstVersion.map(upcastAdviceTrajectoryEvent));
    expect(upcast).toEqual(asWritten);
    expect(asWritten).toMatchObject({
      status: 'responded',
      addressedTo: ['GM0453'],
      advice: { adviceKind: 'content' },
      response: { municipalityCode: 'GM0453' },
    });
  });
});
