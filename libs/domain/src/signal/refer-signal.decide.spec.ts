import { specification } from '../testing';
import { signalDecider } from './signal.decider';
import {
  assessedCollective,
  assessedIndividual,
  referSignal,
  signalClosed,
  signalRecorded,
  signalReferred,
} from './signal.fixtures';

const spec = specification(signalDecider);

describe('referring a signal', () => {
  describe('when the signal does not exist', () => {
    it('refuses the referral', () => {
      spec.given([]).when(referSignal()).thenRefuses('SIGNAL.NOT_FOUND', 'not-found');
    });
  });

  describe('when the signal has not been assessed yet', () => {
    it('refuses the referral', () => {
      spec.given([signalRecorded]).when(referSignal()).thenRefuses('SIGNAL.NOT_ASSESSED', 'conflict');
    });
  });

  describe('when the signal was assessed as individual', () => {
    it('refers it on, with the note as personal data', () => {
      spec.given([signalRecorded, assessedIndividual]).when(referSignal()).then([signalReferred]);
    });

    it('refers it without a note', () => {
      spec
        .given([signalRecorded, assessedIndividual])
        .when(referSignal({ referredTo: ' Cliëntondersteuning Velsen ', note: ' ' }))
        .then([
          {
            type: 'SignalReferred',
            data: { signalId: signalReferred.data.signalId, referredTo: 'Cliëntondersteuning Velsen' },
          },
        ]);
    });

    it('refers it on again to another organisation', () => {
      spec
        .given([signalRecorded, assessedIndividual, signalReferred])
        .when(referSignal({ referredTo: 'Wmo-loket Velsen', note: undefined }))
        .then([
          { type: 'SignalReferred', data: { signalId: signalReferred.data.signalId, referredTo: 'Wmo-loket Velsen' } },
        ]);
    });

    it('refuses a referral that names no organisation', () => {
      spec
        .given([signalRecorded, assessedIndividual])
        .when(referSignal({ referredTo: ' ' }))
        .thenRefuses('SIGNAL.REFERRED_TO_MISSING', 'rule');
    });
  });

  describe('when the signal was assessed as collective', () => {
    it('refuses the referral', () => {
      spec
        .given([signalRecorded, assessedCollective])
        .when(referSignal())
        .thenRefuses('SIGNAL.NOT_INDIVIDUAL', 'conflict');
    });

    it('refuses the referral when an earlier individual assessment was superseded', () => {
      spec
        .given([signalRecorded, assessedIndividual, assessedCollective])
        .when(referSignal())
        .thenRefuses('SIGNAL.NOT_INDIVIDUAL', 'conflict');
    });
  });

  describe('when the signal is closed', () => {
    it('refuses a new referral', () => {
      spec
        .given([signalRecorded, assessedIndividual, signalReferred, signalClosed])
        .when(referSignal())
        .thenRefuses('SIGNAL.ALREADY_CLOSED', 'conflict');
    });
  });
});
