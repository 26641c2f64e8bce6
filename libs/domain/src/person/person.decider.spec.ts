import type { CommandContext } from '../kit';
import { specification } from '../testing';
import { personDecider, personStreamId } from './person.decider';
import type { ConfirmForgetPerson, ForgetPerson, PersonForgettingRequested, PersonForgotten } from './person.types';

const personId = 'c0a80101-0000-4000-8000-0000000000a1';
const asAdmin = (id: string): CommandContext => ({ now: '2026-11-23T10:00:00+01:00', actor: { id, role: 'admin' } });
const forgetPerson = (adminId: string): ForgetPerson => ({
  type: 'ForgetPerson',
  data: { personId },
  context: asAdmin(adminId),
});
const confirmForgetPerson = (adminId: string): ConfirmForgetPerson => ({
  type: 'ConfirmForgetPerson',
  data: { personId },
  context: asAdmin(adminId),
});
const requestedByFirstAdmin: PersonForgettingRequested = {
  type: 'PersonForgettingRequested',
  data: { personId, requestedBy: 'admin-1' },
};
const personForgotten: PersonForgotten = { type: 'PersonForgotten', data: { personId } };
const spec = specification(personDecider);

describe('asking to forget a person', () => {
  it('records the request and who made it, and forgets nobody yet', () => {
    spec.given([]).when(forgetPerson('admin-1')).then([requestedByFirstAdmin]);
  });

  it('refuses a second request while the first awaits confirmation', () => {
    spec
      .given([requestedByFirstAdmin])
      .when(forgetPerson('admin-2'))
      .thenRefuses('PERSON.FORGETTING_ALREADY_REQUESTED', 'conflict');
  });

  it('refuses to ask for a person who is forgotten already', () => {
    spec
      .given([requestedByFirstAdmin, personForgotten])
      .when(forgetPerson('admin-1'))
      .thenRefuses('PERSON.ALREADY_FORGOTTEN', 'conflict');
  });

  it('refuses to ask for a person forgotten before erasure took four eyes', () => {
    spec.given([personForgotten]).when(forgetPerson('admin-1')).thenRefuses('PERSON.ALREADY_FORGOTTEN', 'conflict');
  });
});

describe('confirming that a person is forgotten', () => {
  it('forgets the person when a second admin confirms', () => {
    spec.given([requestedByFirstAdmin]).when(confirmForgetPerson('admin-2')).then([personForgotten]);
  });

  it('refuses the admin who asked: a different admin must confirm', () => {
    spec
      .given([requestedByFirstAdmin])
      .when(confirmForgetPerson('admin-1'))
      .thenRefuses('PERSON.SECOND_ADMIN_REQUIRED', 'rule');
  });

  it('refuses when nobody asked to forget the person', () => {
    spec.given([]).when(confirmForgetPerson('admin-2')).thenRefuses('PERSON.FORGETTING_NOT_REQUESTED', 'conflict');
  });

  it('refuses to forget a person twice', () => {
    spec
      .given([requestedByFirstAdmin, personForgotten])
      .when(confirmForgetPerson('admin-3'))
      .thenRefuses('PERSON.ALREADY_FORGOTTEN', 'conflict');
  });
});

describe("a person's stream", () => {
  it('keeps the person in a stream of their own', () => {
    expect(personStreamId(personId)).toBe(`person-${personId}`);
  });
});
