import { fold } from '../kit';
import { specification } from '../testing';
import { participationBodyDecider } from './participation-body.decider';
import {
  bodyDisputeRaised,
  bodyDisputeResolved,
  bodyEstablished,
  by,
  disputeId,
  raiseBodyDispute,
  resolveBodyDispute,
} from './participation-body.fixtures';

const spec = specification(participationBodyDecider);

describe('raising a dispute about the participation body', () => {
  describe('when the body has not been established', () => {
    it('refuses the dispute', () => {
      spec.given([]).when(raiseBodyDispute()).thenRefuses('PARTICIPATION_BODY.NOT_FOUND', 'not-found');
    });
  });

  describe('when the body has been established', () => {
    it("records the body's dispute about its facilities", () => {
      spec.given([bodyEstablished]).when(raiseBodyDispute()).then([bodyDisputeRaised]);
    });

    it("records the municipality's dispute about agreements, without surrounding spaces", () => {
      spec
        .given([bodyEstablished])
        .when(by('official', raiseBodyDispute({ about: 'agreements', reason: ' Adviezen komen steeds te laat. ' })))
        .then([
          {
            type: 'BodyDisputeRaised',
            data: {
              ...bodyDisputeRaised.data,
              about: 'agreements',
              reason: 'Adviezen komen steeds te laat.',
              raisedBy: 'municipality',
            },
          },
        ]);
    });

    it('refuses a dispute without a reason', () => {
      spec
        .given([bodyEstablished])
        .when(raiseBodyDispute({ reason: ' ' }))
        .thenRefuses('PARTICIPATION_BODY.DISPUTE_REASON_MISSING', 'rule');
    });

    it('refuses a dispute about something the domain does not know', () => {
      spec
        .given([bodyEstablished])
        .when(raiseBodyDispute({ about: 'money' as never }))
        .thenRefuses('PARTICIPATION_BODY.DISPUTE_SUBJECT_UNKNOWN', 'rule');
    });

    it.each(['admin', 'evaluator', 'dispute-committee'])(
      'refuses a dispute raised by the %s, who is no party',
      (role) => {
        spec
          .given([bodyEstablished])
          .when(by(role, raiseBodyDispute()))
          .thenRefuses('PARTICIPATION_BODY.NOT_A_PARTY', 'rule');
      },
    );
  });

  describe('when the dispute has been raised', () => {
    it('refuses to raise it again', () => {
      spec
        .given([bodyEstablished, bodyDisputeRaised])
        .when(raiseBodyDispute())
        .thenRefuses('PARTICIPATION_BODY.DISPUTE_ALREADY_RAISED', 'conflict');
    });
  });
});

describe('resolving a dispute about the participation body', () => {
  describe('when the dispute is open', () => {
    it('lets the dispute committee resolve it', () => {
      spec.given([bodyEstablished, bodyDisputeRaised]).when(resolveBodyDispute()).then([bodyDisputeResolved]);
    });

    it.each(['official', 'secretary', 'body-member', 'admin'])('refuses a resolution by the %s', (role) => {
      spec
        .given([bodyEstablished, bodyDisputeRaised])
        .when(by(role, resolveBodyDispute()))
        .thenRefuses('PARTICIPATION_BODY.DISPUTE_COMMITTEE_ONLY', 'rule');
    });

    it('refuses a resolution that says nothing', () => {
      spec
        .given([bodyEstablished, bodyDisputeRaised])
        .when(resolveBodyDispute({ resolution: '' }))
        .thenRefuses('PARTICIPATION_BODY.DISPUTE_RESOLUTION_MISSING', 'rule');
    });
  });

  describe('when there is no such dispute', () => {
    it('refuses the resolution as not found', () => {
      spec
        .given([bodyEstablished])
        .when(resolveBodyDispute())
        .thenRefuses('PARTICIPATION_BODY.DISPUTE_NOT_FOUND', 'not-found');
    });
  });

  describe('when the dispute has been resolved', () => {
    it('refuses to resolve it twice', () => {
      spec
        .given([bodyEstablished, bodyDisputeRaised, bodyDisputeResolved])
        .when(resolveBodyDispute())
        .thenRefuses('PARTICIPATION_BODY.DISPUTE_ALREADY_RESOLVED', 'conflict');
    });
  });

  describe('the state of the body', () => {
    it('keeps each dispute, who raised it and whether it was resolved', () => {
      const state = fold(participationBodyDecider, [bodyEstablished, bodyDisputeRaised, bodyDisputeResolved]);
      expect(state).toMatchObject({
        disputes: [{ disputeId, about: 'facilities', raisedBy: 'body', resolved: true }],
      });
    });
  });
});
