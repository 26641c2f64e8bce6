import { specification } from '../testing';
import type { AgreeParticipationApproach } from './advice-trajectory.commands';
import { adviceTrajectoryDecider } from './advice-trajectory.decider';
import {
  advised,
  approachAgreed,
  approachConfirmed,
  approachProposed,
  by,
  command,
  event,
  started,
} from './advice-trajectory.fixtures';

const spec = specification(adviceTrajectoryDecider);

const agree = (overrides: Partial<AgreeParticipationApproach['data']> = {}) =>
  command('AgreeParticipationApproach', {
    forms: ['theme-table', 'survey'],
    phases: ['preparation', 'evaluation'],
    roles: 'The council hosts the table; the policy officer writes the draft.',
    ...overrides,
  });

describe('proposing the participation approach', () => {
  describe('when the trajectory has started', () => {
    it("records the official's forms, phases and roles as the municipality's proposal", () => {
      spec.given([started]).when(agree()).then([approachProposed]);
    });

    it.each(['secretary', 'body-member'])("records a proposal by the %s as the body's", (role) => {
      spec
        .given([started])
        .when(by(role, agree()))
        .then([event('ParticipationApproachProposed', { ...approachProposed.data, proposedBy: 'body' })]);
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
        .then([approachProposed]);
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

    it.each(['admin', 'evaluator', 'dispute-committee'])('refuses a proposal by the %s, who is no party', (role) => {
      spec.given([started]).when(by(role, agree())).thenRefuses('ADVICE_TRAJECTORY.NOT_A_PARTY', 'rule');
    });
  });

  describe('when a proposal awaits confirmation', () => {
    it('records a new proposal that replaces it', () => {
      spec
        .given([started, approachProposed])
        .when(by('secretary', agree({ forms: ['panel'], phases: ['agenda-setting'], roles: 'The council leads.' })))
        .then([
          event('ParticipationApproachProposed', {
            forms: ['panel'],
            phases: ['agenda-setting'],
            roles: 'The council leads.',
            proposedBy: 'body',
          }),
        ]);
    });
  });

  describe('when an approach has been agreed', () => {
    it('records a proposal to change it', () => {
      spec
        .given([started, approachProposed, approachConfirmed])
        .when(agree({ forms: ['panel'] }))
        .then([event('ParticipationApproachProposed', { ...approachProposed.data, forms: ['panel'] })]);
    });

    it('records a proposal after an approach the first version agreed', () => {
      spec.given([started, approachAgreed]).when(agree()).then([approachProposed]);
    });
  });

  describe('when the advice has been issued', () => {
    it('refuses an approach proposed after the fact', () => {
      spec.given(advised).when(agree()).thenRefuses('ADVICE_TRAJECTORY.APPROACH_AFTER_ADVICE', 'conflict');
    });
  });
});
