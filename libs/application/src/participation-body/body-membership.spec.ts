import { participationBodyStreamId } from '#domain';
import { eventFactory, InMemoryEventStore } from '#event-store/testing';
import {
  bodyEstablished,
  bodyId,
  memberAppointed,
  memberId,
  membershipEnded,
  otherMemberId,
} from '../../../domain/src/participation-body/participation-body.fixtures';
import { ForbiddenCommandError } from '../application-errors';
import { RememberedStreams } from '../commands/rule-streams';
import { bodyMemberMustActForBody } from './body-membership';

describe('a body member acting for a body', () => {
  const recorded = eventFactory('body-membership');
  let store: InMemoryEventStore;
  const member = (id: string) => ({ id, role: 'body-member' });
  const appointed = (subject: string, role: 'member' | 'flexible-shell', id = memberId) =>
    recorded(memberAppointed.type, { ...memberAppointed.data, memberId: id, role, subject });

  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.appendToStream(participationBodyStreamId(bodyId), [
      recorded(bodyEstablished.type, bodyEstablished.data),
      appointed('login-mira', 'member'),
      appointed('login-joost', 'flexible-shell', otherMemberId),
    ]);
  });

  const check = (actor: { id: string; role: string }, act: 'issue-advice' | 'record-signal') =>
    bodyMemberMustActForBody(new RememberedStreams(store), bodyId, actor, act);

  it('may issue advice as a current member of it', async () => {
    await expect(check(member('login-mira'), 'issue-advice')).resolves.toBeUndefined();
  });

  it('may not issue advice for a body it is no member of', async () => {
    await expect(check(member('login-someone-else'), 'issue-advice')).rejects.toThrow(ForbiddenCommandError);
  });

  it('may not issue advice once its membership ended', async () => {
    await store.appendToStream(participationBodyStreamId(bodyId), [
      recorded(membershipEnded.type, { ...membershipEnded.data }),
    ]);
    await expect(check(member('login-mira'), 'issue-advice')).rejects.toThrow(ForbiddenCommandError);
  });

  it('of the flexible shell records signals but does not sign advice', async () => {
    await expect(check(member('login-joost'), 'record-signal')).resolves.toBeUndefined();
    await expect(check(member('login-joost'), 'issue-advice')).rejects.toThrow(
      'Only a current member of Regionale participatieraad IJmond may issue its advice',
    );
  });

  it('binds only body-member logins: the secretary speaks for the body by office', async () => {
    await expect(check({ id: 'login-secretary', role: 'secretary' }, 'issue-advice')).resolves.toBeUndefined();
  });
});
