import { fold } from '../kit';
import { signalDecider, signalStreamId } from './signal.decider';
import {
  assessedCollective,
  assessedIndividual,
  bodyId,
  reporterId,
  signalClosed,
  signalId,
  signalRecorded,
  signalReferred,
} from './signal.fixtures';

describe('a signal stream', () => {
  it('is named after the signal', () => {
    expect(signalStreamId(signalId)).toBe(`signal-${signalId}`);
  });

  it('starts with no signal', () => {
    expect(signalDecider.initialState()).toEqual({ status: 'none' });
  });

  it('keeps the latest assessment and the referral through a full history', () => {
    const history = [signalRecorded, assessedIndividual, signalReferred, assessedCollective, assessedIndividual];
    expect(fold(signalDecider, history)).toEqual({
      status: 'assessed',
      signalId,
      bodyId,
      municipalityCode: 'GM0453',
      subjectId: reporterId,
      scope: 'individual',
      referredTo: 'Cliëntondersteuning Velsen',
    });
  });

  it('is closed with whether feedback was given', () => {
    const history = [signalRecorded, assessedIndividual, signalReferred, signalClosed];
    expect(fold(signalDecider, history)).toEqual({
      status: 'closed',
      signalId,
      bodyId,
      municipalityCode: 'GM0453',
      subjectId: reporterId,
      scope: 'individual',
      referredTo: 'Cliëntondersteuning Velsen',
      feedbackGiven: true,
    });
  });
});
