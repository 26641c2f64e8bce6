import { specification } from '../testing';
import type { StartAdviceTrajectory } from './advice-trajectory.commands';
import { adviceTrajectoryDecider } from './advice-trajectory.decider';
import { BODY_ID, closed, command, event, responded, started } from './advice-trajectory.fixtures';

const spec = specification(adviceTrajectoryDecider);

const start = (overrides: Partial<StartAdviceTrajectory['data']> = {}) =>
  command('StartAdviceTrajectory', {
    municipalityCode: 'GM0375',
    bodyId: BODY_ID,
    kind: 'solicited',
    subject: 'Beleidsplan Wmo 2027-2030',
    domain: 'wmo',
    policyPhase: 'preparation',
    responseDueOn: '2026-10-15',
    question: 'How do residents find the support they need?',
    ...overrides,
  });

describe('starting an advice trajectory', () => {
  describe('when no trajectory exists yet', () => {
    it('starts a solicited trajectory with its phase and response deadline', () => {
      spec.given([]).when(start()).then([started]);
    });

    it('starts an unsolicited trajectory without a response deadline', () => {
      spec
        .given([])
        .when(
          start({ kind: 'unsolicited', policyPhase: 'agenda-setting', responseDueOn: undefined, question: undefined }),
        )
        .then([
          event('AdviceTrajectoryStarted', {
            municipalityCode: 'GM0375',
            bodyId: BODY_ID,
            kind: 'unsolicited',
            subject: 'Beleidsplan Wmo 2027-2030',
            domain: 'wmo',
            policyPhase: 'agenda-setting',
          }),
        ]);
    });

    it('records the subject without surrounding spaces', () => {
      spec
        .given([])
        .when(start({ subject: '  Beleidsplan Wmo 2027-2030 ' }))
        .then([started]);
    });

    it('refuses a trajectory without a subject', () => {
      spec
        .given([])
        .when(start({ subject: '  ' }))
        .thenRefuses('ADVICE_TRAJECTORY.SUBJECT_MISSING', 'rule');
    });

    it('refuses a municipality that is not a CBS code', () => {
      spec
        .given([])
        .when(start({ municipalityCode: 'Velsen' }))
        .thenRefuses('ADVICE_TRAJECTORY.MUNICIPALITY_CODE_INVALID', 'rule');
    });

    it("records the second round: the body's deadline, the responsible official, the alderman and the addressed municipalities", () => {
      spec
        .given([])
        .when(
          start({
            adviceDueOn: '2026-09-15',
            responsibleOfficial: ' official-7 ',
            portfolioHolder: 'wethouder Zorg',
            addressedTo: ['GM0375', 'GM0396', 'GM0453'],
          }),
        )
        .then([
          event('AdviceTrajectoryStarted', {
            ...started.data,
            adviceDueOn: '2026-09-15',
            responsibleOfficial: 'official-7',
            portfolioHolder: 'wethouder Zorg',
            addressedTo: ['GM0375', 'GM0396', 'GM0453'],
          }),
        ]);
    });

    it('leaves out the addressed municipalities when only its own is named', () => {
      spec
        .given([])
        .when(start({ addressedTo: ['GM0375'] }))
        .then([started]);
    });

    it('refuses a request for advice without a question', () => {
      spec
        .given([])
        .when(start({ question: ' ' }))
        .thenRefuses('ADVICE_TRAJECTORY.QUESTION_MISSING', 'rule');
    });

    it('refuses addressed municipalities without its own', () => {
      spec
        .given([])
        .when(start({ addressedTo: ['GM0396', 'GM0453'] }))
        .thenRefuses('ADVICE_TRAJECTORY.OWN_MUNICIPALITY_NOT_ADDRESSED', 'rule');
    });

    it('refuses an addressed municipality named twice', () => {
      spec
        .given([])
        .when(start({ addressedTo: ['GM0375', 'GM0396', 'GM0396'] }))
        .thenRefuses('ADVICE_TRAJECTORY.MUNICIPALITY_REPEATED', 'rule');
    });

    it('refuses an addressed municipality that is not a CBS code', () => {
      spec
        .given([])
        .when(start({ addressedTo: ['GM0375', 'Velsen'] }))
        .thenRefuses('ADVICE_TRAJECTORY.MUNICIPALITY_CODE_INVALID', 'rule');
    });

    it('refuses an advice deadline that is not a calendar date', () => {
      spec
        .given([])
        .when(start({ adviceDueOn: 'next month' }))
        .thenRefuses('ADVICE_TRAJECTORY.DATE_INVALID', 'rule');
    });

    it('refuses a response deadline that is not a calendar date', () => {
      spec
        .given([])
        .when(start({ responseDueOn: '2026-02-30' }))
        .thenRefuses('ADVICE_TRAJECTORY.DATE_INVALID', 'rule');
    });
  });

  describe('when the trajectory has started', () => {
    it('refuses to start it again', () => {
      spec.given([started]).when(start()).thenRefuses('ADVICE_TRAJECTORY.ALREADY_EXISTS', 'conflict');
    });
  });

  describe('when the trajectory has ended', () => {
    it('refuses to start it again', () => {
      spec
        .given([...responded, closed])
        .when(start())
        .thenRefuses('ADVICE_TRAJECTORY.ALREADY_EXISTS', 'conflict');
    });
  });
});
