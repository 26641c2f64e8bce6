import { specification } from '../testing';
import { signalDecider } from './signal.decider';
import {
  assessedCollective,
  assessedIndividual,
  closeSignal,
  signalClosed,
  signalRecorded,
  signalReferred,
} from './signal.fixtures';

const spec = specification(signalDecider);

describe('closing a signal', () => {
  describe('when the signal does not exist', () => {
    it('refuses to close it', () => {
      spec.given([]).when(closeSignal()).thenRefuses('SIGNAL.NOT_FOUND', 'not-found');
    });
  });

  describe('when the signal has not been assessed yet', () => {
    it('refuses to close it', () => {
      spec.given([signalRecorded]).when(closeSignal()).thenRefuses('SIGNAL.NOT_ASSESSED', 'conflict');
    });
  });

  describe('when the signal was assessed as collective', () => {
    it('closes it, recording the outcome and that feedback reached the reporter', () => {
      spec.given([signalRecorded, assessedCollective]).when(closeSignal()).then([signalClosed]);
    });

    it('closes it, recording that no feedback reached the reporter', () => {
      spec
        .given([signalRecorded, assessedCollective])
        .when(closeSignal({ outcome: ' Vervoerder heeft excuses aangeboden. ', feedbackGiven: false }))
        .then([{ ...signalClosed, data: { ...signalClosed.data, feedbackGiven: false } }]);
    });

    it('refuses to close it without an outcome', () => {
      spec
        .given([signalRecorded, assessedCollective])
        .when(closeSignal({ outcome: '' }))
        .thenRefuses('SIGNAL.OUTCOME_MISSING', 'rule');
    });

    it('refuses to close it without stating whether feedback was given', () => {
      spec
        .given([signalRecorded, assessedCollective])
        .when(closeSignal({ feedbackGiven: undefined as unknown as boolean }))
        .thenRefuses('SIGNAL.FEEDBACK_UNSTATED', 'rule');
    });
  });

  describe('when the signal was assessed as individual', () => {
    it('refuses to drop it before it was referred', () => {
      spec
        .given([signalRecorded, assessedIndividual])
        .when(closeSignal())
        .thenRefuses('SIGNAL.NOT_REFERRED', 'conflict');
    });

    it('closes it once it was referred', () => {
      spec.given([signalRecorded, assessedIndividual, signalReferred]).when(closeSignal()).then([signalClosed]);
    });

    it('closes it when it was referred before a re-assessment', () => {
      spec
        .given([signalRecorded, assessedIndividual, signalReferred, assessedCollective, assessedIndividual])
        .when(closeSignal())
        .then([signalClosed]);
    });
  });

  describe('when the signal is part of a collective signal', () => {
    const clusterId = 'c0a80101-0000-4000-8000-0000000000c9';
    const asClustered = closeSignal({ outcome: 'clustered', feedbackGiven: false, clusterId });
    const closedAsClustered = {
      type: 'SignalClosed' as const,
      data: {
        ...signalClosed.data,
        outcome: { ...signalClosed.data.outcome, value: 'clustered' },
        feedbackGiven: false,
        clusterId,
      },
    };

    it('closes an individual complaint as clustered without referring it', () => {
      spec.given([signalRecorded, assessedIndividual]).when(asClustered).then([closedAsClustered]);
    });

    it('closes a collective signal as clustered', () => {
      spec.given([signalRecorded, assessedCollective]).when(asClustered).then([closedAsClustered]);
    });

    it('refuses to close as clustered a signal that is in no cluster', () => {
      spec
        .given([signalRecorded, assessedIndividual])
        .when(closeSignal({ outcome: 'clustered', clusterId: undefined }))
        .thenRefuses('SIGNAL.NOT_CLUSTERED', 'conflict');
    });

    it('still refers an individual complaint that closes with another outcome', () => {
      spec
        .given([signalRecorded, assessedIndividual])
        .when(closeSignal({ clusterId }))
        .thenRefuses('SIGNAL.NOT_REFERRED', 'conflict');
    });
  });

  describe('when the signal is closed', () => {
    it('refuses to close it again', () => {
      spec
        .given([signalRecorded, assessedCollective, signalClosed])
        .when(closeSignal())
        .thenRefuses('SIGNAL.ALREADY_CLOSED', 'conflict');
    });
  });
});
