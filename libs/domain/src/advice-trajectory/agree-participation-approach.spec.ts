import { specification } from '../testing';
import type { AgreeParticipationApproach } from './advice-trajectory.commands';
import { adviceTrajectoryDecider } from './advice-trajectory.decider';
import { advised, approachAgreed, command, event, started } from './advice-trajectory.fixtures';

const spec = specification(adviceTrajectoryDecider);

const agree = (overrides: Partial<AgreeParticipationApproach['data']> = {}) =>
  command('AgreeParticipationApproach', {
    forms: ['theme-table', 'survey'],
    phases: ['preparation', 'evaluation'],
    roles: 'The council hosts the table; the policy officer writes the draft.',
    ...overrides,
  });

describe('agreeing the participation approach', () => {
  describe('when the trajectory has started', () => {
    it('records the agreed forms, phases and roles', () => {
      spec.given([started]).when(agree()).then([approachAgreed]);
    });

    it('counts a form or phase named twice once, without surrounding spaces', () => {
      spec
        .given([started])
        .when(
          agree({
            forms: [' theme-table', 'survey', 'theme-table '],
            phases: ['preparation', 'evaluation', 'preparation'],
          }),
        )
        .then([approachAgreed]);
    });

    it('replaces an earlier agreement', () => {
      spec
        .given([started, approachAgreed])
        .when(agree({ forms: ['panel'], phases: ['agenda-setting'], roles: 'The council leads.' }))
        .then([
          event('ParticipationApproachAgreed', {
            forms: ['panel'],
            phases: ['agenda-setting'],
            roles: 'The council leads.',
          }),
        ]);
    });

    it('refuses an approach without forms of participation', () => {
      spec
        .given([started])
        .when(agree({ forms: [] }))
        .thenRefuses('ADVICE_TRAJECTORY.APPROACH_FORMS_MISSING', 'rule');
    });

    it('refuses a blank form of participation', () => {
      spec
        .given([started])
        .when(agree({ forms: ['survey', ' '] }))
        .thenRefuses('ADVICE_TRAJECTORY.APPROACH_FORMS_MISSING', 'rule');
    });

    it('refuses an approach without policy phases', () => {
      spec
        .given([started])
        .when(agree({ phases: [] }))
        .thenRefuses('ADVICE_TRAJECTORY.APPROACH_PHASES_MISSING', 'rule');
    });

    it('refuses an approach that does not say who plays which role', () => {
      spec
        .given([started])
        .when(agree({ roles: '' }))
        .thenRefuses('ADVICE_TRAJECTORY.APPROACH_ROLES_MISSING', 'rule');
    });
  });

  describe('when the advice has been issued', () => {
    it('refuses an approach agreed after the fact', () => {
      spec.given(advised).when(agree()).thenRefuses('ADVICE_TRAJECTORY.APPROACH_AFTER_ADVICE', 'conflict');
    });
  });
});
