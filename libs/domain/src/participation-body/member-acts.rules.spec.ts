import { fold } from '../kit';
import { mayActForBody, isCurrentMember, BODY_ACTS } from './member-acts.rules';
import { participationBodyDecider } from './participation-body.decider';
import type { MemberAppointed } from './participation-body.events';
import { bodyEstablished, memberAppointed, membershipEnded, otherMemberId } from './participation-body.fixtures';

const withLogin = (event: MemberAppointed, subject: string, role = event.data.role): MemberAppointed => ({
  ...event,
  data: { ...event.data, subject, role },
});

const shellMember = withLogin(
  { ...memberAppointed, data: { ...memberAppointed.data, memberId: otherMemberId } },
  'login-shell',
  'flexible-shell',
);

describe('what a login may do for a participation body', () => {
  const body = fold(participationBodyDecider, [bodyEstablished, withLogin(memberAppointed, 'login-mira'), shellMember]);

  describe('when the login is a current member', () => {
    it('is a current member', () => {
      expect(isCurrentMember(body, 'login-mira')).toBe(true);
    });

    it.each(BODY_ACTS)('may %s', (act) => {
      expect(mayActForBody(body, 'login-mira', act)).toBe(true);
    });
  });

  describe('when the login is a member of the flexible shell', () => {
    it('may record signals', () => {
      expect(mayActForBody(body, 'login-shell', 'record-signal')).toBe(true);
    });

    it.each(['issue-advice', 'start-unsolicited-advice', 'withdraw-advice', 'speak-for-body'] as const)(
      'may not %s',
      (act) => {
        expect(mayActForBody(body, 'login-shell', act)).toBe(false);
      },
    );
  });

  describe('when the login is no member', () => {
    it.each(BODY_ACTS)('may not %s', (act) => {
      expect(mayActForBody(body, 'login-other', act)).toBe(false);
    });
  });

  describe("when the login's membership has ended", () => {
    const ended = fold(participationBodyDecider, [
      bodyEstablished,
      withLogin(memberAppointed, 'login-mira'),
      membershipEnded,
    ]);

    it('is no longer a current member', () => {
      expect(isCurrentMember(ended, 'login-mira')).toBe(false);
      expect(mayActForBody(ended, 'login-mira', 'issue-advice')).toBe(false);
    });
  });

  describe('when the body does not exist', () => {
    it('has no members', () => {
      expect(isCurrentMember(fold(participationBodyDecider, []), 'login-mira')).toBe(false);
    });
  });
});
