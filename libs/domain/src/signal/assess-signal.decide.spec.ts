import { specification } from '../testing';
import { signalDecider } from './signal.decider';
import {
  assessedCollective,
  assessedIndividual,
  assessSignal,
  signalClosed,
  signalRecorded,
  signalReferred,
} from './signal.fixtures';

const spec = specification(signalDecider);

describe('assessing a signal', () => {
  describe('when the signal does not exist', () => {
    it('refuses the assessment', () => {
      spec.given([]).when(assessSignal()).thenRefuses('SIGNAL.NOT_FOUND', 'not-found');
    });
  });

  describe('when the signal has been recorded', () => {
    it('assesses it as individual, with the rationale as personal data', () => {
      spec.given([signalRecorded]).when(assessSignal()).then([assessedIndividual]);
    });

    it('assesses it as collective', () => {
      spec
        .given([signalRecorded])
        .when(assessSignal({ scope: 'collective', rationale: ' Speelt in meerdere kernen. ' }))
        .then([assessedCollective]);
    });

    it('refuses an assessment without a rationale', () => {
      spec
        .given([signalRecorded])
        .when(assessSignal({ rationale: '  ' }))
        .thenRefuses('SIGNAL.RATIONALE_MISSING', 'rule');
    });

    it('refuses a scope other than individual or collective', () => {
      spec
        .given([signalRecorded])
        .when(assessSignal({ scope: 'structural' as 'collective' }))
        .thenRefuses('SIGNAL.SCOPE_INVALID', 'rule');
    });
  });

  describe('when the signal has been assessed', () => {
    it('re-assesses it: an individual complaint seen in several places becomes collective', () => {
      spec
        .given([signalRecorded, assessedIndividual])
        .when(assessSignal({ scope: 'collective', rationale: 'Speelt in meerdere kernen.' }))
        .then([assessedCollective]);
    });

    it('re-assesses it after it was referred', () => {
      spec
        .given([signalRecorded, assessedIndividual, signalReferred])
        .when(assessSignal({ scope: 'collective', rationale: 'Speelt in meerdere kernen.' }))
        .then([assessedCollective]);
    });
  });

  describe('when the signal is closed', () => {
    it('refuses a new assessment', () => {
      spec
        .given([signalRecorded, assessedCollective, signalClosed])
        .when(assessSignal())
        .thenRefuses('SIGNAL.ALREADY_CLOSED', 'conflict');
    });
  });
});
